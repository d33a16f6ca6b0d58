import type { CompiledPart, Problem } from './compile';
import type { XmlElement } from './xml';

/** What a placeholder may name: a printed text, an image slot, a list (loop) or a group of texts. */
export interface FieldSpec {
  name: string;
  kind: 'text' | 'image' | 'list' | 'object';
  /** The fields of each list item, or of the group. */
  fields?: FieldSpec[];
  /** A list of plain texts: `{{.}}` inside its loop. */
  itemText?: boolean;
  /** A value from the specimen, for the field list. */
  example?: string;
}

interface Scope {
  fields: FieldSpec[];
  /** `{{.}}` is a text here (inside a list of texts or a text section). */
  dotIsText: boolean;
}

/** `a.b.c` against the scopes, innermost first; `.` is the current item. */
function resolve(name: string, scopes: Scope[]): FieldSpec | 'dot' | null {
  if (name === '.') return scopes.at(-1)!.dotIsText ? 'dot' : null;
  const [head, ...rest] = name.split('.');
  for (let i = scopes.length - 1; i >= 0; i--) {
    let spec = scopes[i]!.fields.find((f) => f.name === head);
    if (!spec) continue;
    for (const part of rest) {
      spec = spec?.fields?.find((f) => f.name === part);
      if (!spec) return null;
    }
    return spec;
  }
  return null;
}

export interface UsedFields {
  fields: string[];
  images: string[];
  loops: string[];
}

/** Every placeholder checked against the type's fields: unknown names, a list used as text, and so on. */
export function checkParts(parts: CompiledPart[], fields: FieldSpec[], problems: Problem[]): UsedFields {
  const used = { fields: new Set<string>(), images: new Set<string>(), loops: new Set<string>() };
  const walk = (part: CompiledPart, node: XmlElement, scopes: Scope[]) => {
    const loop = part.loops.get(node);
    if (loop) {
      used.loops.add(loop.name);
      const spec = resolve(loop.name, scopes);
      let inner = scopes;
      if (!spec || spec === 'dot') problems.push({ code: 'unknownField', tag: loop.raw });
      else if (spec.kind === 'image') problems.push({ code: 'notList', tag: loop.raw });
      else if (!loop.inverted)
        inner = [
          ...scopes,
          spec.kind === 'text'
            ? { fields: [], dotIsText: true }
            : { fields: spec.fields ?? [], dotIsText: spec.kind === 'list' && !!spec.itemText },
        ];
      for (const c of node.children) if (c.kind === 'el') walk(part, c, inner);
      return;
    }
    const tag = part.tags.get(node);
    if (tag?.kind === 'value') {
      used.fields.add(tag.name);
      const spec = resolve(tag.name, scopes);
      if (!spec) problems.push({ code: 'unknownField', tag: tag.raw });
      else if (spec !== 'dot' && spec.kind !== 'text') problems.push({ code: 'notText', tag: tag.raw });
      return;
    }
    if (tag?.kind === 'image') {
      used.images.add(tag.name);
      const spec = fields.find((f) => f.name === tag.name);
      if (!spec) problems.push({ code: 'unknownField', tag: tag.raw });
      else if (spec.kind !== 'image') problems.push({ code: 'notImage', tag: tag.raw });
      return;
    }
    for (const c of node.children) if (c.kind === 'el') walk(part, c, scopes);
  };
  for (const part of parts) walk(part, part.root, [{ fields, dotIsText: false }]);
  return { fields: [...used.fields], images: [...used.images], loops: [...used.loops] };
}

/** Placeholders whose first name is no field at any depth (for a template whose loops are broken). */
export function unknownAnywhere(parts: CompiledPart[], fields: FieldSpec[]): Problem[] {
  const names = new Set<string>(['.']);
  const collect = (specs: FieldSpec[]) => {
    for (const s of specs) {
      names.add(s.name);
      collect(s.fields ?? []);
    }
  };
  collect(fields);
  const out: Problem[] = [];
  for (const part of parts)
    for (const tag of part.tags.values())
      if (!names.has(tag.name.split('.')[0]!)) out.push({ code: 'unknownField', tag: tag.raw });
  return out;
}
