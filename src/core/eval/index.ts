export { isOptional, pairKey, scoreLinks, type LinkRef, type LinkScore, type ReferenceLink } from './score-links.ts';
export {
  articlePair,
  findingMatches,
  linkKey,
  scoreGroupFindings,
  scoreGroupLinks,
  type EvalGroup,
  type FindingFigures,
  type LinkFigures,
  type ReferenceFinding,
  type ReportedFinding,
  type SetName,
} from './reference-sets.ts';
