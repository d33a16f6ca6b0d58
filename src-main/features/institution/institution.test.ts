import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SAMPLE_INPUTS } from '../../../test/support/sample-inputs';
import { startHarness, type Harness } from '../../../test/support/harness';

const base = SAMPLE_INPUTS['institution.update'];

describe('institution profile', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(() => h.dispose());

  it('is empty on a new database and saved by a head with normalised text and phone', async () => {
    expect((await h.ok('institution.get', {}, h.adminToken)).updatedAt).toBeNull();
    const head = await h.signInAs('head', 'ofis.boshligi');
    const saved = await h.ok(
      'institution.update',
      {
        ...base,
        nameUzLatn: "Farg'ona davlat universiteti",
        phone: '(73) 244 44 01',
        stir: '200835411',
        signatories: [{ role: 'rector', position: 'Rektor', fullName: "Sh. Yo'ldoshev" }],
      },
      head,
    );
    expect(saved.nameUzLatn).toBe('Fargʻona davlat universiteti');
    expect(saved.phone).toBe('+998732444401');
    expect(saved.signatories[0]?.fullName).toBe('Sh. Yoʻldoshev');
    const viewer = await h.signInAs('viewer');
    expect((await h.ok('institution.get', {}, viewer)).stir).toBe('200835411');
    const { entries } = await h.ok('audit.list', { entity: 'institution' }, h.adminToken);
    expect(entries[0]?.actorLogin).toBe('ofis.boshligi');
    expect(entries[0]?.changes[0]?.after?.phone).toBe('+998732444401');
  });

  it('names each bad field with a translatable key and writes nothing', async () => {
    const res = await h.call(
      'institution.update',
      { ...base, stir: '12345', email: 'not-an-email', logo: 'data:text/html;base64,AAAA' },
      h.adminToken,
    );
    expect(res.ok).toBe(false);
    if (!res.ok) {
      const paths = (res.error.details?.issues ?? []).map((i) => i.path).sort();
      expect(paths).toEqual(['email', 'logo', 'stir']);
    }
    const phone = await h.call('institution.update', { ...base, phone: '12-34' }, h.adminToken);
    expect(!phone.ok && phone.error.details?.issues).toEqual([{ path: 'phone', key: 'validation.invalidPhone' }]);
    expect((await h.ok('institution.get', {}, h.adminToken)).updatedAt).toBeNull();
  });

  it('saving the same values again adds no audit entry', async () => {
    await h.ok('institution.update', base, h.adminToken);
    const before = (await h.ok('audit.list', {}, h.adminToken)).total;
    h.clock.advance(1000);
    await h.ok('institution.update', base, h.adminToken);
    expect((await h.ok('audit.list', {}, h.adminToken)).total).toBe(before);
  });
});
