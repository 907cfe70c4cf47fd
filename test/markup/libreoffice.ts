/**
 * LibreOffice, run headless, as a second reader of the files Plainly marks
 * up: it converts them to text or PDF, and (with a small Basic macro in a
 * profile of its own) accepts or rejects all tracked changes and saves the
 * text, as a reviewer would in Writer.
 *
 * Tests that use this need LibreOffice (Debian's libreoffice-writer-nogui;
 * `npm run setup:browser` installs it). Without it they fail and say so.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const SOFFICE = process.env.SOFFICE_PATH ?? 'soffice';

/** A Basic module with one macro: open PLAINLY_IN, accept or reject all changes, save the text to PLAINLY_OUT. */
const MACRO = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub AllChanges
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = &quot;Hidden&quot;
  args(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(Environ(&quot;PLAINLY_IN&quot;)), &quot;_blank&quot;, 0, args())
  helper = createUnoService(&quot;com.sun.star.frame.DispatchHelper&quot;)
  helper.executeDispatch(doc.CurrentController.Frame, Environ(&quot;PLAINLY_ACTION&quot;), &quot;&quot;, 0, Array())
  Dim out(0) As New com.sun.star.beans.PropertyValue
  out(0).Name = &quot;FilterName&quot;
  out(0).Value = &quot;Text&quot;
  doc.storeToURL(ConvertToURL(Environ(&quot;PLAINLY_OUT&quot;)), out())
  doc.close(True)
End Sub
</script:module>
`;

export class LibreOffice {
  private constructor(
    private readonly dir: string,
    private readonly profile: string,
  ) {}

  /** Starts a private LibreOffice profile. @throws when LibreOffice is not installed. */
  static async start(): Promise<LibreOffice> {
    const version = spawnSync(SOFFICE, ['--version'], { encoding: 'utf8' });
    if (version.status !== 0) {
      throw new Error(
        `These tests need LibreOffice ("${SOFFICE}" did not run). Install it with "npm run setup:browser" (Debian's libreoffice-writer-nogui), or set SOFFICE_PATH.`,
      );
    }
    const dir = await mkdtemp(join(tmpdir(), 'plainly-libreoffice-'));
    const office = new LibreOffice(dir, join(dir, 'profile'));
    // The first run makes the profile, with an empty "Standard" Basic library for the macro.
    await writeFile(join(dir, 'start.txt'), 'start\n');
    office.run(['--convert-to', 'pdf', '--outdir', join(dir, 'start'), join(dir, 'start.txt')]);
    const module = join(office.profile, 'user', 'basic', 'Standard', 'Module1.xba');
    if (!existsSync(module)) throw new Error(`LibreOffice made no Basic library at ${module}.`);
    await writeFile(module, MACRO);
    return office;
  }

  async stop(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }

  private run(args: readonly string[], env: Record<string, string> = {}): void {
    const result = spawnSync(
      SOFFICE,
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=${pathToFileURL(this.profile).href}`,
        ...args,
      ],
      { encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...env } },
    );
    if (result.status !== 0) {
      throw new Error(`LibreOffice failed (${result.status}): ${result.stderr}`);
    }
  }

  /** Writes `bytes` to a file of its own and returns its path. */
  async file(name: string, bytes: Uint8Array): Promise<string> {
    const folder = await mkdtemp(join(this.dir, 'in-'));
    const path = join(folder, name);
    await writeFile(path, bytes);
    return path;
  }

  /** LibreOffice's conversion of the file (`txt:Text`, `pdf`, `docx:MS Word 2007 XML`). */
  async convert(path: string, filter: string, extension: string): Promise<Buffer> {
    const out = join(this.dir, `out-${Math.random().toString(36).slice(2)}`);
    await mkdir(out);
    this.run(['--convert-to', filter, '--outdir', out, path]);
    const converted = join(out, basename(path).replace(/\.[^.]+$/, `.${extension}`));
    if (!existsSync(converted))
      throw new Error(`LibreOffice did not convert ${path} to ${filter}.`);
    return readFile(converted);
  }

  /** The file's text as LibreOffice shows it, changes not accepted or rejected. */
  async text(path: string): Promise<string> {
    return stripBom((await this.convert(path, 'txt:Text', 'txt')).toString('utf8'));
  }

  /** The file's text after LibreOffice accepts (or rejects) every tracked change in it. */
  async allChanges(path: string, action: 'accept' | 'reject'): Promise<string> {
    const out = join(this.dir, `changes-${Math.random().toString(36).slice(2)}.txt`);
    this.run(['macro:///Standard.Module1.AllChanges'], {
      PLAINLY_IN: path,
      PLAINLY_OUT: out,
      PLAINLY_ACTION:
        action === 'accept' ? '.uno:AcceptAllTrackedChanges' : '.uno:RejectAllTrackedChanges',
    });
    if (!existsSync(out)) throw new Error(`LibreOffice did not ${action} the changes in ${path}.`);
    return stripBom(await readFile(out, 'utf8'));
  }
}

function stripBom(text: string): string {
  return text.replace(/^\uFEFF/, '');
}
