import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** What an app's OpenAPI document says about itself. */
export interface ApiDescription {
  readonly title: string;
  readonly description: string;
}

/**
 * A setup step for bootstrapApp that serves the app's OpenAPI document at /api/openapi.json and a
 * viewer at /api/docs; every Vahti API authenticates with a tenant key, as bearer token or X-Api-Key.
 */
export function openApiOf(api: ApiDescription): (app: INestApplication) => void {
  return (app) => {
    const config = new DocumentBuilder()
      .setTitle(api.title)
      .setDescription(api.description)
      .setVersion('1')
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'Tenant API key' })
      .addApiKey({ type: 'apiKey', in: 'header', name: 'X-Api-Key' }, 'api-key')
      .build();
    const document = SwaggerModule.createDocument(app, config);
    SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/openapi.json' });
  };
}
