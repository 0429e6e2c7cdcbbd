// Option lists for selects: enumerations of the API with translated labels, and the catalogue (regions, indicators,
// sources) loaded once per page.
import { nameOf, t } from './i18n.js';

const codes = (prefix, values) => () => values.map((v) => ({ value: v, label: t(`${prefix}.${v}`) }));

export const comparators = codes('comparator', ['eq', 'around', 'gte', 'lte', 'range', 'relative', 'qualitative']);
export const relations = codes('relation', ['above', 'in_step']);
export const vintages = codes('vintage', ['estimate', 'preliminary', 'final', 'revised']);
export const statuses = codes('status', ['published', 'draft']);
/** Every status a figure can have, for filters: a withdrawn figure is never saved as such, only withdrawn. */
export const lifecycle = codes('status', ['published', 'draft', 'withdrawn']);
export const bases = codes('basis', ['nominal', 'real', 'year_end', 'annual_average', 'comparable_scope', 'reported_scope']);
export const assessments = codes('assessment', ['met', 'partly_met', 'missed']);
export const sourceKinds = codes('kind', ['work_report', 'statistical_bulletin', 'other']);
export const roles = codes('role', ['editor', 'admin']);

/** The catalogue and the signed-in account, shared by the views. */
export class Catalogue {
  constructor(session, regions, indicators) {
    this.session = session;
    this.regions = regions;
    this.indicators = indicators;
    this.sourceList = [];
    this.regionByCode = new Map(regions.map((r) => [r.code, r]));
    this.indicatorByKey = new Map(indicators.map((i) => [i.key, i]));
  }

  isAdmin() {
    return this.session.roles.includes('admin');
  }

  /** Publishing needs a second editor: nothing is published directly, a published figure changes by a draft change only. */
  approvalRequired() {
    return Boolean(this.session.approvalRequired);
  }

  /** Regions this account may change: all for admins and unlimited editors, else the listed ones and those below. */
  editableRegions() {
    const limit = this.session.regions;
    if (this.isAdmin() || limit.length === 0) {
      return this.regions;
    }
    const covered = (code, depth = 0) => code && depth < 16
      && (limit.includes(code) || covered(this.regionByCode.get(code)?.parent, depth + 1));
    return this.regions.filter((r) => covered(r.code));
  }

  /** True when this account may change figures of the region (the server checks again). */
  mayChange(code) {
    this.changeable ??= new Set(this.editableRegions().map((r) => r.code));
    return this.changeable.has(code);
  }

  regionOptions = () => this.regions.map((r) => ({ value: r.code, label: `${nameOf(r)} (${r.code})` }));

  editableRegionOptions = () => this.editableRegions().map((r) => ({ value: r.code, label: `${nameOf(r)} (${r.code})` }));

  indicatorOptions = () => this.indicators.map((i) => ({ value: i.key, label: `${nameOf(i)} · ${i.key}` }));

  sourceOptions = () => this.sourceList.map((s) => ({ value: String(s.id), label: `${s.title}${s.publishedOn ? ` (${s.publishedOn})` : ''}` }));

  regionName(code) {
    return nameOf(this.regionByCode.get(code)) || code;
  }

  indicatorName(key) {
    return nameOf(this.indicatorByKey.get(key)) || key;
  }

  unit(key) {
    return this.indicatorByKey.get(key)?.unit || '';
  }
}
