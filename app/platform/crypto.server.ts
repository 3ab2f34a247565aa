import crypto from 'node:crypto';
import { getPlatform } from './platform.server';

export function randomToken(bytes = 32): string {
  return crypto.randomBytes(bytes).toString('base64url');
}

export function sha256(value: string): string {
  return crypto.createHash('sha256').update(value).digest('base64url');
}

export function hmac(value: string, purpose: string): string {
  return crypto
    .createHmac('sha256', getPlatform().config.SESSION_SECRET)
    .update(`${purpose}:${value}`)
    .digest('base64url');
}

export function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && crypto.timingSafeEqual(ab, bb);
}
