export { isOptional, pairKey, scoreLinks, type LinkRef, type LinkScore, type ReferenceLink } from './score-links.ts';
