/** The entityID the bench picks in an aggregate of `count` entities (an IdP near the end). */
export function chosenEntityId(count: number): string;
/** Writes an aggregate of `count` entities (even numbers IdPs, odd SPs) as one string. */
export function generateAggregate(count: number): string;
/** A single ~10 KB IdP EntityDescriptor, for the one-file comparison with samlify. */
export function generateSingleIdp(): string;
