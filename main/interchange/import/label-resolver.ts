import { WorkbenchError } from '../../../shared/ipc/errors';
import { ANNOTATION_LIMITS, type Label } from '../../../shared/model/annotation';
import type { ProjectStore } from '../../store/project-store';
import { hasDirectionControls } from '../../../shared/text/direction-controls';

/** Colours for labels an import adds, in turn: the Okabe–Ito palette the default schema uses. */
const NEW_LABEL_COLOURS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#d55e00', '#56b4e9', '#f0e442', '#7f7f7f'];

const KIND_WORDS: Record<Label['kind'], string> = {
  entity: 'entity type',
  claim: 'claim label',
  relation: 'relation type',
  document: 'document label',
  'claim-attribute': 'claim attribute',
};

const looseKey = (name: string) => name.toLocaleLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Finds an import's labels in the project by kind and name (case-insensitively, as the store
 * compares them) and adds those it lacks, remembering what it added for the report. Runs inside
 * the import's transaction, so added labels vanish with everything else if the import fails.
 */
export class LabelResolver {
  readonly added: string[] = [];
  private readonly matchedNames = new Set<string>();
  private readonly labels: Label[];
  private colourTurn = 0;

  constructor(private readonly store: ProjectStore) {
    this.labels = store.listLabels();
  }

  /**
   * By name in any case; failing that, by letters and digits alone when that names one label, as
   * formats whose labels cannot hold spaces or slashes write them ("Date_Time" for "Date/Time").
   */
  find(kind: Label['kind'], name: string, parentId: number | null = null): Label | undefined {
    const siblings = this.labels.filter((label) => label.kind === kind && label.parentId === parentId);
    const key = name.trim().toLocaleLowerCase();
    const loose = siblings.filter((label) => looseKey(label.name) === looseKey(name));
    const found =
      siblings.find((label) => label.name.toLocaleLowerCase() === key) ??
      (loose.length === 1 && looseKey(name) !== '' ? loose[0] : undefined);
    if (found !== undefined && found.name !== name.trim()) this.matchedNames.add(this.describeMatch(name, found));
    return found;
  }

  /** The file's spellings matched to a label of another spelling, for the report ("“PERSON” → entity type “Person”"). */
  get matched(): string[] {
    return [...this.matchedNames];
  }

  /** The first label of any of these kinds with the name. */
  findAny(kinds: readonly Label['kind'][], name: string): Label | undefined {
    for (const kind of kinds) {
      const found = this.find(kind, name);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  ofKind(kind: Label['kind']): Label[] {
    return this.labels.filter((label) => label.kind === kind && label.parentId === null);
  }

  ensure(
    kind: Label['kind'],
    name: string,
    options: { parent?: Label; color?: string; hotkey?: string | null } = {},
  ): Label {
    const parentId = options.parent?.id ?? null;
    const existing = this.find(kind, name, parentId);
    if (existing !== undefined) return existing;
    // The store does not bound labels per kind, so a crafted file could flood menus and the palette.
    const siblings = this.labels.filter((label) => label.kind === kind && label.parentId === parentId).length;
    if (siblings >= ANNOTATION_LIMITS.labelsPerKindMax) {
      throw new WorkbenchError(
        'invalid-argument',
        `The files would give the project more than ${ANNOTATION_LIMITS.labelsPerKindMax} ${KIND_WORDS[kind]}s; nothing was imported.`,
      );
    }
    if (hasDirectionControls(name)) {
      throw new WorkbenchError(
        'invalid-argument',
        `“${name}” cannot be a label name (it holds invisible direction marks).`,
      );
    }
    const hotkey = options.hotkey ?? null;
    const hotkeyFree = hotkey !== null && !this.labels.some((label) => label.hotkey === hotkey);
    const label = this.store.addLabel({
      kind,
      name: name.trim(),
      parentId,
      color: options.color ?? this.nextColour(),
      hotkey: hotkeyFree ? hotkey : null,
    });
    this.labels.push(label);
    const where = options.parent === undefined ? '' : ` of “${options.parent.name}”`;
    this.added.push(`${options.parent === undefined ? KIND_WORDS[kind] : 'value'} “${label.name}”${where}`);
    return label;
  }

  private describeMatch(name: string, label: Label): string {
    const parent = this.labels.find((candidate) => candidate.id === label.parentId);
    const target =
      parent === undefined ? `${KIND_WORDS[label.kind]} “${label.name}”` : `value “${label.name}” of “${parent.name}”`;
    return `“${name.trim()}” → ${target}`;
  }

  private nextColour(): string {
    return NEW_LABEL_COLOURS[this.colourTurn++ % NEW_LABEL_COLOURS.length] as string;
  }
}
