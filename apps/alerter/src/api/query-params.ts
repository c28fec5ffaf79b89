// Query-string parsing shared by the controllers: unknown values are a 400 naming the parameter.
import { BadRequestException } from '@nestjs/common';

/** The value if it is one of `allowed`, the fallback when absent, else a 400. */
export function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback: T): T;
export function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined;
export function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[], fallback?: T): T | undefined {
  if (value === undefined) {
    return fallback;
  }
  if (!(allowed as readonly string[]).includes(value)) {
    throw new BadRequestException(`${name} must be one of ${allowed.join(', ')}`);
  }
  return value as T;
}

/** A positive integer up to `max`, the fallback when absent, else a 400. */
export function limitOf(value: string | undefined, fallback: number, max: number): number {
  if (value === undefined) {
    return fallback;
  }
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new BadRequestException(`limit must be an integer from 1 to ${max}`);
  }
  return n;
}
