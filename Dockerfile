# syntax=docker/dockerfile:1
#
# One image for all three Vahti apps (ingestor, evaluator, alerter). The app is chosen at run
# time, not at build time: the default CMD starts the ingestor, and docker-compose.yml overrides
# `command:` per service, e.g.
#   docker run --rm vahti:local node dist/apps/alerter/apps/alerter/src/main.js
#
#   docker build -t vahti:local .

ARG NODE_IMAGE=node:20-bookworm-slim

# --- build: full dependency tree, compile the three apps ------------------------------------
FROM ${NODE_IMAGE} AS build
WORKDIR /app
# Manifests first, so the dependency layer is reused while only sources change.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# nest build ingestor && nest build evaluator && nest build alerter
# -> dist/apps/<app>/apps/<app>/src/main.js
RUN npm run build

# --- prod-deps: production dependencies only ------------------------------------------------
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# --- runtime ---------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /app
# Files stay owned by root and are only readable by the app user: the process cannot rewrite
# its own code or dependencies.
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The default benchmark pack (EVALUATOR_BENCHMARK_PACK); mount a licensed pack to replace it.
COPY --from=build /app/libs/kpi/benchmarks ./libs/kpi/benchmarks
COPY package.json ./
# `node` (uid 1000) is the unprivileged user the official Node images ship.
USER node
# HTTP_PORT defaults: ingestor 3001, evaluator 3002, alerter 3003 (/health/live, /health/ready, /metrics).
EXPOSE 3001 3002 3003
# No HEALTHCHECK here: the port depends on which app runs, so docker-compose.yml defines one
# per service (node -e "fetch('http://127.0.0.1:'+process.env.HTTP_PORT+'/health/live')...").
CMD ["node", "dist/apps/ingestor/apps/ingestor/src/main.js"]
