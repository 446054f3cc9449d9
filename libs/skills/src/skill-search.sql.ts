/**
 * Ranks each skill by its best term (the label first, then its synonyms): whole term, then
 * term prefix, then a word prefix inside the term, then anywhere inside; at each step the
 * label outranks a synonym. Among equals, the shorter matched term is closer to what was typed
 * (hence 1000 × step + length: terms are at most 120 characters).
 * OFFSET 0 keeps each lateral from being inlined, so unaccent runs once a term, not once a use.
 * $1 the folded query, $2 its words form (' ' + words joined by spaces, or NULL when it has
 * no letter or digit), $3 group code or NULL, $4 limit.
 */
export const SKILL_SEARCH_SQL = `
  SELECT s.id, s.label, s.group_code AS "groupCode", s.synonyms
  FROM skill s
  CROSS JOIN LATERAL (
    SELECT min(1000 * (
      CASE
        WHEN f.folded = $1 THEN 0
        WHEN starts_with(f.folded, $1) THEN 2
        WHEN strpos(f.words, $2) > 0 THEN 4
        ELSE 6
      END + CASE WHEN term.position = 1 THEN 0 ELSE 1 END
    ) + char_length(f.folded)) AS rank
    FROM unnest(array_prepend(s.label::text, s.synonyms)) WITH ORDINALITY AS term(text, position)
    CROSS JOIN LATERAL (SELECT lower(unaccent(term.text)) AS folded OFFSET 0) folding
    CROSS JOIN LATERAL (SELECT folding.folded, ' ' || regexp_replace(folding.folded, '[^a-z0-9]+', ' ', 'g') AS words OFFSET 0) f
    WHERE strpos(f.folded, $1) > 0 OR strpos(f.words, $2) > 0
  ) best
  WHERE best.rank IS NOT NULL AND ($3::varchar IS NULL OR s.group_code = $3)
  ORDER BY best.rank, s.label, s.id
  LIMIT $4
`;
