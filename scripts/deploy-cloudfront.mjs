#!/usr/bin/env node
/**
 * npm run deploy:cloudfront — after `npm run build`, writes deploy/out/cloudfront-function.js and
 * deploy/out/response-headers-policy.json for S3 + CloudFront (see docs/deployment.md).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cloudfrontFunctionSource, parseHeaders, parseRedirects, responseHeadersPolicy } from './lib/cloudfront.mjs';

const dist = resolve('dist');
if (!existsSync(join(dist, '_headers'))) throw new Error('Build first: npm run build');
const redirects = existsSync(join(dist, '_redirects')) ? parseRedirects(readFileSync(join(dist, '_redirects'), 'utf8')) : [];
const headers = parseHeaders(readFileSync(join(dist, '_headers'), 'utf8'));
const out = resolve('deploy/out');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'cloudfront-function.js'), cloudfrontFunctionSource(redirects));
writeFileSync(join(out, 'response-headers-policy.json'), `${JSON.stringify(responseHeadersPolicy(headers), null, 2)}\n`);
console.log(`wrote deploy/out/cloudfront-function.js (${redirects.length} redirects) and deploy/out/response-headers-policy.json`);
