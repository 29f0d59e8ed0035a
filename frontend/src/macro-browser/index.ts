import { registerMacroBrowserOverride, type MacroBrowser } from './override';

const page = window as unknown as { AJS?: { MacroBrowser?: MacroBrowser } };
registerMacroBrowserOverride(page.AJS?.MacroBrowser);
