/**
 * The user guides stay true to the app: both languages show the same screenshots in the same
 * order, every screenshot they name exists and every one taken is shown, and every `gapboard`
 * command line they print names a real command with options that command accepts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../main/core/cli/commands/index.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const GUIDES = { en: 'docs/guide.md', ko: 'docs/guide.ko.md' } as const;
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

/** `![alt](images/<lang>/<name>.png)` → the names, in order. */
function screenshots(markdown: string, lang: string): string[] {
  const refs = [...markdown.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]!);
  for (const ref of refs)
    expect(ref, `an image of the ${lang} guide`).toMatch(new RegExp(`^images/${lang}/[a-z-]+\\.png$`));
  return refs.map((ref) => path.basename(ref, '.png'));
}

/** The command lines a reader would copy: code spans and the lines of code blocks. */
function codeText(markdown: string): string[] {
  const blocks = [...markdown.matchAll(/```[a-z]*\n([\s\S]*?)```/g)].flatMap((m) => m[1]!.split('\n'));
  const withoutBlocks = markdown.replace(/```[a-z]*\n[\s\S]*?```/g, '');
  const spans = [...withoutBlocks.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!);
  return [...blocks, ...spans];
}

interface Invocation {
  command: string;
  flags: string[];
  text: string;
}

/** Every `gapboard <command> …` in a piece of code, with the `--flags` up to the next one. */
function invocations(code: string): Invocation[] {
  // The program name, not a project file such as `digits.gapboard`.
  const segments = code.split(/(?:^|\s)gapboard\s+/).slice(1);
  const found: Invocation[] = [];
  for (const segment of segments) {
    const words = segment.split(/\s+/);
    // `gapboard --help` and `gapboard <command> --help` describe the CLI itself.
    if (!/^[a-z]/.test(words[0] ?? '')) continue;
    const two = `${words[0]} ${words[1] ?? ''}`;
    const command = COMMANDS.some((c) => c.name === two) ? two : words[0]!;
    const own = segment.split('#')[0]!;
    found.push({ command, flags: [...own.matchAll(/(?:^|\s)--([a-z][a-z-]*)/g)].map((m) => m[1]!), text: segment });
  }
  return found;
}

describe('the user guides', () => {
  const guides = { en: read(GUIDES.en), ko: read(GUIDES.ko) };

  it('show the same screenshots in the same order in English and Korean', () => {
    const en = screenshots(guides.en, 'en');
    const ko = screenshots(guides.ko, 'ko');
    expect(en.length).toBeGreaterThan(15);
    expect(ko).toEqual(en);
  });

  it('name only screenshots that exist, and show every one taken', () => {
    for (const lang of ['en', 'ko'] as const) {
      const taken = readdirSync(path.join(ROOT, 'docs', 'images', lang))
        .filter((f) => f.endsWith('.png'))
        .map((f) => path.basename(f, '.png'))
        .sort();
      expect([...new Set(screenshots(guides[lang], lang))].sort(), lang).toEqual(taken);
    }
  });

  it('print only real commands, with options those commands accept', () => {
    const names = new Set(COMMANDS.map((c) => c.name));
    for (const lang of ['en', 'ko'] as const) {
      const used = codeText(guides[lang]).flatMap(invocations);
      expect(used.length, lang).toBeGreaterThan(25);
      for (const { command, flags, text } of used) {
        expect(names.has(command), `${lang}: "gapboard ${text}" names no command`).toBe(true);
        const spec = COMMANDS.find((c) => c.name === command)!;
        for (const flag of flags) {
          expect(flag in spec.options || flag === 'max-size', `${lang}: --${flag} of "gapboard ${text}"`).toBe(true);
        }
      }
    }
  });

  it('are linked from the README and from each other', () => {
    const readme = read('README.md');
    expect(readme).toContain('](docs/guide.md)');
    expect(readme).toContain('](docs/guide.ko.md)');
    expect(guides.en).toContain('](guide.ko.md)');
    expect(guides.ko).toContain('](guide.md)');
  });
});
