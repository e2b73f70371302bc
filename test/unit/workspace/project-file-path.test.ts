import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectFileFromArgv, withProjectExtension } from '../../../main/workspace/project-file-path';

describe('projectFileFromArgv', () => {
  const cwd = resolve('/home/ana/news');

  it('finds a project file opened through the file association, relative to the launch folder', () => {
    expect(projectFileFromArgv(['/opt/Annotation Workbench/annotation-workbench', 'Election.awb'], cwd)).toBe(
      resolve(cwd, 'Election.awb'),
    );
  });

  it('ignores the executable, the app script and Chromium switches', () => {
    const argv = ['/usr/bin/electron', 'out/main/app.cjs', '--allow-file-access-from-files', '--flag=x.awb'];
    expect(projectFileFromArgv(argv, cwd)).toBeNull();
    expect(projectFileFromArgv(['/path/to/x.awb'], cwd)).toBeNull();
  });

  it('takes the last project file and accepts any case of the extension', () => {
    expect(projectFileFromArgv(['app', 'first.awb', '/tmp/Second.AWB'], cwd)).toBe(resolve('/tmp/Second.AWB'));
  });
});

describe('withProjectExtension', () => {
  it('adds .awb unless it is there', () => {
    expect(withProjectExtension('/tmp/Study')).toBe('/tmp/Study.awb');
    expect(withProjectExtension('/tmp/Study.awb')).toBe('/tmp/Study.awb');
    expect(withProjectExtension('/tmp/Study.AWB')).toBe('/tmp/Study.AWB');
    expect(withProjectExtension('/tmp/Study.v2')).toBe('/tmp/Study.v2.awb');
  });
});
