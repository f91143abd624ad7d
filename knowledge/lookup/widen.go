package lookup

import "slices"

// Stage 5, a second reading before refusing: a word the question shares
// with the article is read in the article's sense first, but a reporter
// may mean it in another of its senses ("pictures" where the article's
// answer says "images" and "pictures" stands elsewhere). When the strict
// reading finds no answer, the question is read once more with each such
// word widened to its WordNet synonyms that the article uses; the answer
// must still pass every test of its type.

// widened returns q with every plain known term widened to the article's
// synonyms of it, and whether any term changed.
func (e *Engine) widened(q *query) (*query, bool) {
	if e.noLex {
		return nil, false
	}
	terms := slices.Clone(q.terms)
	changed := false
	for i, t := range terms {
		if !t.known || t.weak || t.derived || t.phrasal || len(t.alts) > 0 || lightVerbs[t.lower] {
			continue
		}
		alts := e.synonymsKnown(t.lower)
		if q.measure != "" {
			alts = append(alts, e.hyponymsWritten(t.lower)...) // "how strong was the wind": "gusts of up to 40 mph"
		}
		alts = append(alts, e.nounBroaderKnown(t.lower)...) // "drivers": the article's "operators" (widennounbroader.go)
		alts = slices.DeleteFunc(alts, func(st string) bool { return stemsMeet(st, t.stem) })
		if len(alts) > 0 {
			terms[i].alts, changed = alts, true
		}
		if len(t.phrases) == 0 {
			if ph := e.sameActHeld(q, i); len(ph) > 0 {
				terms[i].phrases, terms[i].entailing, changed = ph, true, true // "who saw her": the article's "spotted" (sameactbridge.go)
			}
		}
	}
	if !changed {
		return nil, false
	}
	w := *q
	w.terms = terms
	return &w, true
}

// withoutUnknown returns q with each word the article never uses (by any
// form, synonym or relative WordNet gives) weighed as the question's
// least word rather than the rarest, and those words. A reporter's paraphrase is
// often a word the article does not use ("flee" for "evacuate"); the
// answer it allows says which words it did not find, so the reader can
// judge the match.
func (e *Engine) withoutUnknown(q *query) (*query, []string) {
	if e.noLex || !typedAnswer[q.typ] || q.whichNoun != "" {
		// a yes/no or what-question asks about its own words: none may be
		// missing, nor of a which-question about a noun of no entity kind
		// ("which commissioner runs the league"), which is read as one;
		// without WordNet no word is known to be paraphrased
		return nil, nil
	}
	var unused []string
	terms := slices.Clone(q.terms)
	least := e.r.meanIDF
	for _, t := range terms {
		if t.known && t.weight < least && !lightVerbs[t.lower] {
			least = t.weight
		}
	}
	for i, t := range terms {
		if t.known {
			continue
		}
		if e.namesTheAnswer(q, t) {
			return nil, nil // "how many drones", "who was his boss": the word names what is asked
		}
		if unnamedPlace(t) || e.possessedUnknown(q, t) {
			return nil, nil // "how many were sold in mexico": the place restricts what is asked; "adalbert's choir": the thing asked is not the possessor
		}
		terms[i].weight = least
		unused = append(unused, t.lower)
	}
	if len(unused) == 0 || len(unused) == len(terms) {
		return nil, nil // every word unknown: nothing of the question is in the article
	}
	if (q.typ == tManner || q.typ == tReason) && !knownAfterUnknown(terms) {
		return nil, nil // "how did the thieves get in": the unknown verb is the event asked, and only its subject is left
	}
	if e.unsaidCountedAct(q, terms, unused) {
		return nil, nil // "how many people died": the unknown verb is the act counted, and only the counted noun is left
	}
	if unsaidCountedPlace(q, terms) {
		return nil, nil // "how many people are in shelters": the unknown place restricts what is counted (countedonly.go)
	}
	w := *q
	w.terms = terms
	return &w, unused
}

// knownAfterUnknown reports whether a known term follows the question's
// first unknown one. A how- or why-question names its event by its verb
// and the verb's complements after it (Quirk et al., §11.14: the subject
// comes before the verb); when the verb is unknown and nothing known
// follows it, only the subject is left to look for, which any act of it
// would match.
func knownAfterUnknown(terms []term) bool {
	seen := false
	for _, t := range terms {
		if !t.known {
			seen = true
		} else if seen {
			return true
		}
	}
	return false
}

// typedAnswer are the answer types whose answer is a thing of a kind
// (a person, place, time or number, an instance of a named kind) or a
// reason or means, found by its type or by the clause that gives it ("to
// save money", "using a stolen password") as well as by the question's
// words.
var typedAnswer = map[answerType]bool{tPerson: true, tPlace: true, tTime: true, tCount: true,
	tAmount: true, tPercent: true, tAge: true, tScore: true, tFrequency: true, tWhich: true, tReason: true, tManner: true}

// namesTheAnswer reports whether term t names the thing the question asks
// for: the noun a count counts, or a noun for a person in a who-question,
// or an ordinal that ranks that person, or a noun that classifies that person ("the law student": Quirk et al.,
// §17.104, nouns as premodifiers). The article must name that thing for
// an answer to be one.
func (e *Engine) namesTheAnswer(q *query, t term) bool {
	if slices.ContainsFunc(q.focus, t.matchesStem) {
		return true
	}
	if q.typ != tPerson && q.typ != tAge {
		return false
	}
	if _, ordinal := ordinalWords[t.lower]; ordinal {
		return true // "who came second": the rank says which person, and an article that never writes it does not tell
	}
	return e.lex.KindOf(singular(t.lower), "person") || e.classifiesPerson(q.toks, t)
}

// classifiesPerson reports whether the word of t says which person is
// asked about: a noun, not an adjective, which describes ("the old
// weatherman") rather than says which kind, right before a noun for a
// person; or a word of a relative clause after one ("the student who
// testified": Quirk et al., §17.3, the restrictive relative clause).
func (e *Engine) classifiesPerson(toks []token, t term) bool {
	for i := 0; i+1 < len(toks); i++ {
		if !e.personNoun(toks[i+1].lower) {
			continue
		}
		if toks[i].lower == t.lower && !e.canBe(t.lower, "adj") {
			return true
		}
		for _, k := range e.relativeAfter(toks, i+1) {
			if toks[k].lower == t.lower {
				return true
			}
		}
	}
	return false
}

// hyponymsWritten is the stems of the article's common nouns that
// WordNet files as kinds of noun w ("gusts" of wind, "wildfire" of
// fire): a question may name by the general word what the article names
// by the particular (Cruse 1986, ch. 6 on hyponymy: what is said of a
// gust is said of a wind).
func (e *Engine) hyponymsWritten(w string) []string {
	if !e.canBe(w, "noun") {
		return nil
	}
	base := singular(w)
	var out []string
	for word := range e.r.words {
		if stopWords[word] || singular(word) == base || !e.canBe(word, "noun") || !e.lex.KindOf(singular(word), base) || e.writtenAsName(word) {
			continue
		}
		if st := stemOf(word); !slices.Contains(out, st) {
			out = append(out, st)
		}
	}
	slices.Sort(out)
	return out
}
