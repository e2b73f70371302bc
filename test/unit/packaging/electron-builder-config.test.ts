import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// Validates electron-builder.yml without running electron-builder (which needs to download Electron):
// against electron-builder's own JSON schema, plus the settings this app depends on.

const root = process.cwd();
const config = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string };

type Section = Record<string, unknown>;
const section = (name: string): Section => (config[name] ?? {}) as Section;

/** electron-builder's schema is draft-07 with union types ("type": ["string", "null"]) and its own keywords. */
function validator() {
  const schema = JSON.parse(readFileSync(join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as {
    $schema: string;
  };
  expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
  return new Ajv({ allErrors: true, allowUnionTypes: true, strict: false }).compile(schema);
}

function pngSize(path: string): { width: number; height: number } {
  const png = readFileSync(path);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('electron-builder.yml', () => {
  it("matches electron-builder's configuration schema", () => {
    const validate = validator();
    expect(validate(config), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('is checked by a schema that does reject mistakes', () => {
    const validate = validator();
    expect(validate({ ...config, electronFuses: { ...section('electronFuses'), runAsNod: false } })).toBe(false);
    expect(validate({ ...config, asar: 'yes' })).toBe(false);
  });

  it('identifies the app and writes to release/', () => {
    expect(config.appId).toBe('org.annotationworkbench.app');
    expect(config.productName).toBe('Annotation Workbench');
    expect(config.directories).toEqual({ output: 'release', buildResources: 'resources' });
    expect(config.publish).toBeNull();
  });

  it('packs only the build output and package.json into an asar, without source maps', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual([
      'out/main/**',
      'out/workers/**',
      'out/preload/**',
      'out/renderer/**',
      'package.json',
      '!**/*.map',
    ]);
    // Worker threads read their script from disk, which cannot look inside the asar archive.
    expect(config.asarUnpack).toEqual(['out/workers/**']);
    // What the globs name must be what the build writes and what package.json starts.
    const esbuildConfig = readFileSync(join(root, 'esbuild.config.mjs'), 'utf8');
    expect(esbuildConfig).toContain("outfile: 'out/main/app.cjs'");
    expect(esbuildConfig).toContain("outfile: 'out/preload/preload.cjs'");
    expect(esbuildConfig).toContain("outdir: 'out/workers'");
    expect(readFileSync(join(root, 'vite.config.ts'), 'utf8')).toContain("outDir: '../out/renderer'");
    expect(packageJson.main).toBe('out/main/app.cjs');
  });

  it('flips every security fuse', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
    });
  });

  it('associates .awb project files with the app', () => {
    expect(config.fileAssociations).toEqual([
      {
        ext: 'awb',
        name: 'Annotation Workbench project',
        description: 'Annotation Workbench project',
        mimeType: 'application/x-annotation-workbench',
        role: 'Editor',
      },
    ]);
    // NSIS registers file associations only in an all-users installation.
    expect(section('nsis').perMachine).toBe(true);
  });

  it('builds AppImage and deb for Linux, NSIS for Windows, dmg for macOS', () => {
    expect(section('linux')).toMatchObject({ target: ['AppImage', 'deb'], category: 'Office' });
    expect(section('linux').maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/);
    expect(section('win').target).toEqual(['nsis']);
    expect(section('mac')).toMatchObject({ target: ['dmg'], category: 'public.app-category.productivity' });
  });

  describe('files it names', () => {
    it('has the build resources folder', () => {
      expect(statSync(join(root, 'resources')).isDirectory()).toBe(true);
    });

    it('has Linux icons named by their real size, from 16 to 1024 px', () => {
      const dir = join(root, String(section('linux').icon));
      const icons = readdirSync(dir).filter((name) => name.endsWith('.png'));
      const sizes = icons.map((name) => {
        const match = /^(\d+)x(\d+)\.png$/.exec(name);
        expect(match, `${name} is not named NNNxNNN.png`).not.toBeNull();
        expect(pngSize(join(dir, name))).toEqual({ width: Number(match?.[1]), height: Number(match?.[2]) });
        return Number(match?.[1]);
      });
      expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 64, 128, 256, 512, 1024]));
    });

    it('has a 1024 px icon.png and a Windows .ico with a 256 px image', () => {
      expect(pngSize(join(root, 'resources', 'icon.png'))).toEqual({ width: 1024, height: 1024 });
      const ico = readFileSync(join(root, String(section('win').icon)));
      expect(ico.readUInt16LE(2)).toBe(1);
      const widths = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + 16 * i] || 256);
      expect(widths).toEqual(expect.arrayContaining([16, 32, 48, 256]));
    });

    it('has a macOS .icns', () => {
      const icns = readFileSync(join(root, String(section('mac').icon)));
      expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
      expect(icns.readUInt32BE(4)).toBe(icns.length);
    });

    it('has every icon it points at', () => {
      for (const platform of ['linux', 'win', 'mac']) {
        expect(existsSync(join(root, String(section(platform).icon))), platform).toBe(true);
      }
    });
  });
});
