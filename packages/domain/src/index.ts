export * from './reference/districts.js';
export * from './reference/counties.js';
export * from './reference/municipalities.js';
export * from './reference/themes.js';
export * from './roles.js';
export * from './staff.js';
export * from './groups/index.js';
