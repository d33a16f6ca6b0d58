import type { DormitoryExtra } from '../../../../src-shared/domain/documents/dormitory';
import type { ExtraLoader } from './index';

/**
 * The app keeps no dormitory records yet (DOMAIN §3.6, a gap): the building, room and placement order are
 * what the counter typed for this issue; the rest is filled in by hand on the printed page.
 */
export const loadDormitory: ExtraLoader = (_db, _source, params): DormitoryExtra => ({
  dormitory: params.dormitory ?? '',
  room: params.room ?? '',
  placementOrder: params.placementOrder ?? '',
});
