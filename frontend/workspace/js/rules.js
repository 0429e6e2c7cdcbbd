// Field-level checks run in the browser before saving, mirroring the server's rules so that messages appear in the
// reader's language next to the field. The server checks everything again; its messages are shown as a fallback.
import { t } from './i18n.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const URL_PATTERN = /^https?:\/\/\S+$/;
const USERNAME = /^[\p{L}\p{N}._@-]{2,100}$/u;

const empty = (v) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '')
  || (Array.isArray(v) && v.length === 0);

/** Checks each field on its own (required, numbers, lengths, dates, links). Returns { field: message }. */
export function checkFields(fields, values) {
  const errors = {};
  fields.forEach((f) => {
    const v = values[f.name];
    if (empty(v)) {
      if (f.required) {
        errors[f.name] = t('check.required');
      }
      return;
    }
    if (f.type === 'int' || f.type === 'number') {
      const n = Number(String(v).trim());
      if (!Number.isFinite(n)) {
        errors[f.name] = t('check.number');
      } else if (f.type === 'int' && !Number.isInteger(n)) {
        errors[f.name] = t('check.integer');
      } else if (f.min !== undefined && f.max !== undefined && (n < f.min || n > f.max)) {
        errors[f.name] = t('check.between', { min: f.min, max: f.max });
      } else if (f.min === 0 && n < 0) {
        errors[f.name] = t('check.nonNegative');
      }
    } else if (f.type === 'date') {
      if (!DATE.test(v) || Number.isNaN(Date.parse(v))) {
        errors[f.name] = t('check.date');
      }
    } else if (typeof v === 'string' && f.maxLength && [...v].length > f.maxLength) {
      errors[f.name] = t('check.tooLong', { max: f.maxLength });
    }
    if (!errors[f.name] && f.pattern === 'url' && !URL_PATTERN.test(v.trim())) {
      errors[f.name] = t('check.url');
    }
  });
  return errors;
}

/** The comparator rules of targets and outcomes (see the server's FigureChecks). */
export function checkFigure(values) {
  const errors = {};
  const c = values.comparator;
  const has = (name) => !empty(values[name]);
  if (c) {
    const numeric = c !== 'relative' && c !== 'qualitative';
    if (numeric && !has('value')) {
      errors.value = t('check.valueNeeded');
    }
    if (!numeric && has('value')) {
      errors.value = t('check.valueForbidden', { comparator: t(`comparator.${c}`) });
    }
    if (c === 'range') {
      if (!has('valueHigh')) {
        errors.valueHigh = t('check.highNeeded');
      } else if (has('value') && Number(values.valueHigh) < Number(values.value)) {
        errors.valueHigh = t('check.highBelow');
      }
    } else if (has('valueHigh')) {
      errors.valueHigh = t('check.highOnlyRange');
    }
    ['refIndicator', 'relation'].forEach((name) => {
      if (c === 'relative' && !has(name)) {
        errors[name] = t('check.refNeeded');
      } else if (c !== 'relative' && has(name)) {
        errors[name] = t('check.refOnlyRelative');
      }
    });
  }
  if ('baseYear' in values) {
    if (has('baseYear') !== has('baseValue')) {
      errors.baseYear = t('check.basePair');
    } else if (has('baseYear') && has('year') && Number(values.baseYear) >= Number(values.year)) {
      errors.baseYear = t('check.baseBefore');
    }
  }
  return errors;
}

/** A new password: at least 12 characters, at most 72 bytes (what bcrypt reads). */
export function checkPassword(password) {
  if ([...(password || '')].length < 12) {
    return t('check.password');
  }
  if (new TextEncoder().encode(password).length > 72) {
    return t('check.passwordBytes');
  }
  return null;
}

export function checkUsername(name) {
  return USERNAME.test(name || '') ? null : t('check.username');
}
