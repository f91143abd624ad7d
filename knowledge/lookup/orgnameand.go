package lookup

// Organisation names joined by "and" (part of stage 4, workplaces): the
// proper names of public bodies and firms often join two capitalised
// words with "and" or "&": "the Department of Fish and Wildlife", "Food
// and Drug Administration", "Procter & Gamble" (Chicago Manual of Style
// 8.67 on capitalised names of organisations). workClause (workplace.go)
// read such a name only up to "and", answering "the Department of Fish".
// employerName takes "and"/"&" inside the name only when a capitalised
// word follows, so "for the city and the state" still ends at "city".
const employerName = `((?:the\s+)?[A-Z][\w.'’]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w.'’]*)*(?:,\s+[A-Z][a-z]+\.)?)`
