/**
 * Every page in dist/ is valid HTML according to the Nu HTML Checker (vnu-jar, the W3C validator),
 * run on the machine's Java. Errors fail the test with file, line and message.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, distDir, htmlFiles } from '../helpers/dist';
import { projectRoot } from '../helpers/content-root';

const vnu = join(projectRoot, 'node_modules/vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

beforeAll(assertBuilt);

describe('HTML validity (Nu HTML Checker)', () => {
  it('finds zero errors in every page of dist/', () => {
    const pages = htmlFiles().map((page) => join(distDir, page));
    expect(pages.length).toBeGreaterThan(50);
    const result = spawnSync('java', ['-jar', vnu, '--errors-only', '--format', 'json', ...pages], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (result.error) throw new Error(`could not run the validator (is Java installed?): ${result.error.message}`);
    const { messages } = JSON.parse(result.stderr || result.stdout) as { messages: VnuMessage[] };
    const errors = messages
      .filter((message) => message.type === 'error' || message.type === 'non-document-error')
      .map((message) => `${message.url.replace(`file:${distDir}`, '')}:${message.lastLine ?? '?'} ${message.message}`);
    expect(errors).toEqual([]);
  }, 120_000);

  it('reports an invalid page (the checker is really checking)', () => {
    const result = spawnSync('java', ['-jar', vnu, '--errors-only', '--format', 'json', '-'], {
      encoding: 'utf8',
      input: '<!doctype html><html lang="en"><head><title>x</title></head><body><p><div>bad nesting</p></body></html>',
    });
    const { messages } = JSON.parse(result.stderr || result.stdout) as { messages: VnuMessage[] };
    expect(messages.some((message) => message.type === 'error')).toBe(true);
  }, 60_000);
});
