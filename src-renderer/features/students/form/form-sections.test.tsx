// @vitest-environment happy-dom
import { act, useEffect } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makePinfl } from '../../../../src-shared/domain/pinfl';
import { I18nProvider } from '../../../app/i18n';
import { useFieldProps } from './field-props';
import { IdentitySection } from './IdentitySection';
import { NamesSection } from './NamesSection';
import { emptyDraft, type Draft } from './student-draft';
import { useStudentForm, type StudentFormApi } from './use-student-form';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;
let form: StudentFormApi;

const report = (api: StudentFormApi) => {
  form = api;
};

function Harness({ initial, mayAccept, accepted }: { initial: Draft; mayAccept: boolean; accepted: string | null }) {
  const api = useStudentForm(initial, null, accepted);
  const field = useFieldProps(api);
  useEffect(() => report(api));
  const form = api;
  return (
    <>
      <NamesSection form={form} field={field} />
      <IdentitySection form={form} field={field} mayAcceptCheckDigit={mayAccept} />
    </>
  );
}

function render(initial: Partial<Draft> = {}, mayAccept = false, accepted: string | null = null) {
  act(() =>
    root.render(
      <I18nProvider initial="en">
        <Harness initial={{ ...emptyDraft(), ...initial }} mayAccept={mayAccept} accepted={accepted} />
      </I18nProvider>,
    ),
  );
}

const $ = <T extends Element = HTMLElement>(selector: string) => container.querySelector<T>(selector);
const input = (name: string) => $<HTMLInputElement>(`input[name="${name}"]`);
const click = (selector: string) => act(() => $(selector)?.click());

/** Types into a controlled input the way React hears it (the native setter, then an input event). */
function typeInto(name: string, value: string) {
  const el = input(name);
  if (!el) throw new Error(name);
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  act(() => {
    setter?.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('names in two scripts', () => {
  it('proposes the Cyrillic spelling, fills it on request and waits for confirmation', () => {
    render({ lastNameLat: 'Joʻrayev', firstNameLat: 'Bobur' });
    const notice = () => $('[data-testid="script-notice"]');
    expect(notice()?.getAttribute('data-state')).toBe('empty');
    expect(notice()?.textContent).toContain('Жўраев Бобур');
    expect(input('lastNameCyr')?.value).toBe(''); // nothing is filled without asking
    expect(form.namesUnconfirmed).toBe(true);

    click('[data-testid="fill-script"]');
    expect(input('lastNameCyr')?.value).toBe('Жўраев');
    expect(input('firstNameCyr')?.value).toBe('Бобур');
    expect(notice()?.getAttribute('data-state')).toBe('proposed');
    expect(notice()?.textContent).toContain('Cyrillic filled from Latin — check and confirm');

    // While unconfirmed, the proposal follows a correction of the source.
    typeInto('firstNameLat', 'Bobir');
    expect(input('firstNameCyr')?.value).toBe('Бобир');

    click('[data-testid="confirm-script"]');
    expect(notice()).toBeNull();
    expect(form.namesUnconfirmed).toBe(false);
    typeInto('firstNameLat', 'Bobur'); // confirmed: the Cyrillic is the person's own now
    expect(input('firstNameCyr')?.value).toBe('Бобир');
  });

  it('editing a proposed field counts as checking it', () => {
    render({ lastNameCyr: 'Ҳасанов' });
    click('[data-testid="fill-script"]');
    expect(input('lastNameLat')?.value).toBe('Hasanov');
    typeInto('lastNameLat', 'Xasanov');
    expect($('[data-testid="script-notice"]')).toBeNull();
  });

  it('flags a Cyrillic letter inside a Latin name and fixes it in one click', () => {
    render({ lastNameLat: 'Joʻrayev', firstNameLat: 'Bоbur', lastNameCyr: 'Жўраев', firstNameCyr: 'Бобур' });
    expect($('[data-testid="help-firstNameLat"]')?.getAttribute('data-warning')).toBe('warning.mixedScript');
    click('[data-testid="fix-firstNameLat"]');
    expect(input('firstNameLat')?.value).toBe('Bobur');
    expect([...'Bobur'].every((c) => c.charCodeAt(0) < 128)).toBe(true);
    expect($('[data-testid="help-firstNameLat"][data-warning]')).toBeNull();
  });
});

describe('PINFL warnings', () => {
  const good = makePinfl('2005-04-12', 'male', 26, 17);
  const bad = good.slice(0, 13) + String((Number(good[13]) + 1) % 10);

  it('a failed check digit: a head may accept it, a clerk only reads the warning', () => {
    render({ pinfl: bad }, true);
    expect($('[data-testid="help-pinfl"]')?.getAttribute('data-warning')).toBe('warning.pinflCheckDigit');
    expect($('[data-testid="accept-check-digit"]')).not.toBeNull();
    expect(form.acceptWarnings(true)).toEqual([]);
    click('[data-testid="accept-check-digit"] input');
    expect(form.acceptWarnings(true)).toEqual(['pinfl:warning.pinflCheckDigit']);

    act(() => root.unmount());
    root = createRoot(container);
    render({ pinfl: bad }, false);
    expect($('[data-testid="help-pinfl"]')?.textContent).toContain('the office head must accept it');
    expect($('[data-testid="accept-check-digit"]')).toBeNull();
  });

  it('a PINFL a head accepted earlier stays accepted while it is unchanged', () => {
    render({ pinfl: bad }, true, bad);
    expect($('[data-testid="help-pinfl"]')?.textContent).toBe(
      'The check digit fails; the office head accepted it earlier',
    );
    expect($('[data-testid="accept-check-digit"]')).toBeNull();
    expect(form.acceptWarnings(true)).toEqual(['pinfl:warning.pinflCheckDigit']);
    expect(form.acceptWarnings(false)).toEqual([]);
    typeInto('pinfl', bad.slice(0, 13) + String((Number(bad[13]) + 1) % 10));
    expect(form.acceptWarnings(true)).toEqual([]);
  });

  it('says when the PINFL disagrees with the birth date and sex, and what it would fill in', () => {
    render({ pinfl: good });
    expect($('[data-testid="help-birthDate"]')?.textContent).toBe('From PINFL: 12.04.2005');
    expect($('[data-testid="help-gender"]')?.textContent).toBe('From PINFL: Male');
    act(() => root.unmount());
    root = createRoot(container);
    render({ pinfl: good, birthDate: '2005-04-13', gender: '12' });
    const help = $('[data-testid="help-pinfl"]')?.textContent;
    expect(help).toContain('The PINFL holds another birth date: 12.04.2005');
    expect(help).toContain('The sex in the PINFL differs from the one entered');
  });
});
