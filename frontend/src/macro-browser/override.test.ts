import { describe, expect, it, vi } from 'vitest';
import { registerMacroBrowserOverride, withMapKey } from './override';

describe('withMapKey', () => {
  it('gives a new macro its own key', () => {
    expect(withMapKey({ template: 'buying-a-car' }, () => 'k1')).toEqual({ template: 'buying-a-car', mapKey: 'k1' });
  });

  it('keeps the key of a macro being edited', () => {
    const params = { mapKey: 'existing', template: 'saas-onboarding' };
    expect(withMapKey(params, () => 'other')).toBe(params);
  });

  it('replaces a blank key', () => {
    expect(withMapKey({ mapKey: '  ' }, () => 'k2').mapKey).toBe('k2');
  });

  it('makes different keys for different macros', () => {
    expect(withMapKey({}).mapKey).not.toEqual(withMapKey({}).mapKey);
  });
});

describe('registerMacroBrowserOverride', () => {
  it('does nothing outside the macro browser', () => {
    expect(registerMacroBrowserOverride(undefined)).toBe(false);
    expect(registerMacroBrowserOverride({})).toBe(false);
  });

  it('registers a hook for the journey-map macro that fills in the key and hides its field', () => {
    const setMacroJsOverride = vi.fn();
    const hidden = vi.fn();
    expect(registerMacroBrowserOverride({ setMacroJsOverride, ParameterFields: { _hidden: hidden } })).toBe(true);

    const [name, override] = setMacroJsOverride.mock.calls[0];
    expect(name).toBe('journey-map');
    expect(override.beforeParamsSet({ template: 'buying-a-car' }).mapKey).toMatch(/^[0-9a-f-]{32,36}$/);
    expect(override.fields.string.mapKey).toBe(hidden);
  });
});
