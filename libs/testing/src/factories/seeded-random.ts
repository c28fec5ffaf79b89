// One PRNG for the whole repository: fixtures and the simulator draw from the same implementation.
export { seededRandom, type SeededRandom } from '@vahti/simulation';
