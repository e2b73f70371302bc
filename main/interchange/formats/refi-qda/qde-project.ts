import type { Annotation, Note } from '../../../../shared/model/annotation';
import type { Article } from '../../../../shared/model/article';
import { OffsetConverter } from '../../../../shared/text/offset-conversion';
import type { ExportedArticle, ExportSet } from '../../export-set';
import { claimSummary } from '../common/annotation-notes';
import { piecesNote, shortQuote } from '../common/describe';
import type { ExportIndex } from '../common/export-index';
import { element, markupText, startTag } from '../common/markup';
import { placeableAnnotations, relationsWithin } from '../common/placeable';
import { buildCodebook, type Codebook } from './qde-codebook';
import { deterministicGuid } from './deterministic-guid';

/** Who made an element and when, as QDA-XML attributes. */
interface Stamp {
  readonly creatingUser: string;
  readonly creationDateTime: string;
}

const description = (text: string) => (text === '' ? [] : [`<Description>${markupText(text)}</Description>`]);

/**
 * Builds a REFI-QDA project (project.qde, QDA-XML 1.0) article by article: each article a
 * TextSource whose plain text is stored as `Sources/<guid>.txt`, each placed annotation a
 * PlainTextSelection coded with its codes, notes as Notes referenced where they belong, relations
 * as Links between selections, document labels as Sets of sources. The project's annotators are
 * its Users (their GUID is their uid, so a person is the same user in every project's export), and
 * a selection and its codings name who made the annotation; one user stands for the workbench, for
 * what no annotator is known for. A source and everything in it carry the time its article was
 * added, so every export of the same project is the same file.
 */
export class QdeProjectBuilder {
  private readonly guidOf: (kind: string, id: string | number) => string;
  private readonly user: string;
  private readonly codebook: Codebook;
  private readonly notes: string[] = [];
  private readonly links: string[] = [];
  private readonly setMembers = new Map<number, string[]>();

  constructor(
    private readonly set: ExportSet,
    private readonly index: ExportIndex,
    private readonly dropped: string[],
  ) {
    this.guidOf = (kind, id) => deterministicGuid(set.projectName, kind, id);
    this.user = this.guidOf('user', 'workbench');
    const coded = new Set<number>();
    for (const { annotations } of set.articles) {
      for (const annotation of annotations) {
        if (!annotation.orphaned && annotation.entityId !== undefined) coded.add(annotation.entityId);
      }
    }
    this.codebook = buildCodebook(
      index,
      set.entities.filter((entity) => coded.has(entity.id)),
      this.guidOf,
    );
  }

  /** The article's TextSource element (written inside Sources, in article order); its text goes in `sourcePath`. */
  addArticle(exported: ExportedArticle): string {
    const { article } = exported;
    const stamp: Stamp = { creatingUser: this.user, creationDateTime: article.createdAt };
    const source = this.guidOf('source', article.id);
    const converter = new OffsetConverter(article.text);
    const placeable = placeableAnnotations(exported, this.index, this.dropped);
    const firstSelection = new Map<number, string>();
    const selections = placeable.flatMap((annotation) => {
      if (annotation.fragments.length > 1) this.dropped.push(piecesNote(this.index, article, annotation, 'REFI-QDA'));
      return annotation.fragments.map((fragment, piece) => {
        const guid = this.guidOf('selection', `${annotation.id}-${piece}`);
        if (piece === 0) firstSelection.set(annotation.id, guid);
        return {
          start: fragment.start,
          xml: this.selection(annotation, piece, guid, stamp, {
            start: converter.utf16ToCodePoint(fragment.start),
            end: converter.utf16ToCodePoint(fragment.end),
            text: article.text.slice(fragment.start, fragment.end),
          }),
        };
      });
    });
    for (const relation of relationsWithin(exported, new Set(firstSelection.keys()), this.index, this.dropped)) {
      const notes = this.set.relationNotes.get(relation.id) ?? [];
      this.links.push(
        element(
          'Link',
          {
            guid: this.guidOf('link', relation.id),
            name: this.index.label(relation.typeLabelId).name,
            direction: 'OneWay',
            originGUID: firstSelection.get(relation.sourceAnnotationId),
            targetGUID: firstSelection.get(relation.targetAnnotationId),
          },
          notes.map((note) =>
            this.noteRef(note.id, `Note on a ${this.index.label(relation.typeLabelId).name} link`, note.text, stamp),
          ),
        ),
      );
    }
    for (const labelId of exported.documentLabelIds) {
      this.setMembers.set(labelId, [
        ...(this.setMembers.get(labelId) ?? []),
        element('MemberSource', { targetGUID: source }),
      ]);
    }
    return element(
      'TextSource',
      {
        guid: source,
        name: article.title,
        plainTextPath: `internal://${source}.txt`,
        ...stamp,
      },
      [
        ...description(metadataLines(article)),
        ...selections.sort((a, b) => a.start - b.start).map((selection) => selection.xml),
        ...exported.notes.map((note: Note) =>
          this.noteRef(note.id, `Note on “${shortQuote(article.title)}”`, note.text, stamp),
        ),
      ],
    );
  }

  /**
   * The project.qde document up to its sources: the declaration, the Project start tag, the users,
   * the codebook and (with any articles) the Sources start tag. The TextSource of each article
   * follows, then `end()`.
   */
  start(): string {
    const project = startTag('Project', {
      xmlns: 'urn:QDA-XML:project:1.0',
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xsi:schemaLocation': 'urn:QDA-XML:project:1.0 http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd',
      name: this.set.projectName,
      origin: 'Annotation Workbench',
      creatingUserGUID: this.user,
    });
    return [
      '<?xml version="1.0" encoding="utf-8"?>\n',
      project,
      element('Users', {}, [
        element('User', { guid: this.user, name: 'Annotation Workbench' }),
        ...[...this.set.annotators.values()]
          .sort((a, b) => a.id - b.id)
          .map((annotator) => element('User', { guid: annotator.uid, name: annotator.name })),
      ]),
      this.codebook.xml,
      this.set.articles.length === 0 ? '' : '<Sources>',
    ].join('');
  }

  /** The rest of project.qde, once every article has been added: notes, links and sets. */
  end(): string {
    const sets = this.index.labelsOfKind('document').flatMap((label) => {
      const members = this.setMembers.get(label.id);
      return members === undefined
        ? []
        : [element('Set', { guid: this.guidOf('set', label.id), name: label.name }, members)];
    });
    const optional = (name: string, children: readonly string[]) =>
      children.length === 0 ? [] : [element(name, {}, children)];
    return [
      this.set.articles.length === 0 ? '' : '</Sources>',
      ...optional('Notes', this.notes),
      ...optional('Links', this.links),
      ...optional('Sets', sets),
      '</Project>\n',
    ].join('');
  }

  /** Where the article's plain text goes in the archive. */
  sourcePath(article: Article): string {
    return `Sources/${this.guidOf('source', article.id)}.txt`;
  }

  private selection(
    annotation: Annotation,
    piece: number,
    guid: string,
    stamp: Stamp,
    position: { start: number; end: number; text: string },
  ): string {
    const author = this.authorOf(annotation);
    const codings = this.codebook
      .codesOf(annotation)
      .map((code) =>
        element('Coding', { guid: this.guidOf('coding', `${annotation.id}-${piece}-${code}`), ...stamp, ...author }, [
          element('CodeRef', { targetGUID: code }),
        ]),
      );
    const first = piece === 0;
    const note =
      first && annotation.note !== undefined
        ? [
            this.noteRef(
              `annotation-${annotation.id}`,
              `Note on “${shortQuote(annotation.quote.exact)}”`,
              annotation.note,
              stamp,
            ),
          ]
        : [];
    return element(
      'PlainTextSelection',
      {
        guid,
        name: shortQuote(position.text),
        startPosition: position.start,
        endPosition: position.end,
        ...stamp,
        ...author,
      },
      [...(first ? description(claimSummary(this.index, annotation, false)) : []), ...codings, ...note],
    );
  }

  /** The annotator who made the annotation, as the user a selection or coding names; the workbench's when unknown. */
  private authorOf(annotation: Annotation): { creatingUser: string } {
    const annotator = annotation.createdBy === undefined ? undefined : this.set.annotators.get(annotation.createdBy);
    return { creatingUser: annotator?.uid ?? this.user };
  }

  /** Adds a note to the project's notes and returns the reference to it. */
  private noteRef(id: string | number, name: string, text: string, stamp: Stamp): string {
    const guid = this.guidOf('note', id);
    this.notes.push(
      element('Note', { guid, name, ...stamp }, [`<PlainTextContent>${markupText(text)}</PlainTextContent>`]),
    );
    return element('NoteRef', { targetGUID: guid });
  }
}

function metadataLines(article: Article): string {
  const { source, url, author, publishedAt, language, tags } = article.metadata;
  return [
    source === null ? '' : `Source: ${source}`,
    url === null ? '' : `URL: ${url}`,
    author === null ? '' : `Author: ${author}`,
    publishedAt === null ? '' : `Published: ${publishedAt}`,
    language === null ? '' : `Language: ${language}`,
    tags.length === 0 ? '' : `Tags: ${tags.join(', ')}`,
  ]
    .filter((line) => line !== '')
    .join('\n');
}
