/**
 * mn-widgets for npm: defines every element and exposes the whole typed API.
 * The paste-in scripts are built from src/paste-in/ with parts of the same API.
 */
import './define.js';

export * from './api/core.js';
export * from './api/screening.js';
export * from './api/aftercare.js';
export * from './api/booking.js';
