package lookup

import (
	"fmt"
	"slices"
	"strings"

	"storybot/knowledge"
)

// Which-questions headed by any noun (part of stages 1 and 4): "which
// contractor is doing the repairs" asks for an instance of its head noun,
// whatever noun that is, not only one of the class nouns (classNouns) that
// name an entity kind. The head of the noun phrase after "which" or
// "what" is its last noun, after any premodifiers (Quirk et al., §17.2:
// "which council members"), and WordNet says which words can be nouns.
// The answer is an entity the article calls by that noun, or a definite
// description of one the article writes ("the northbound lane"); when the
// article uses the noun only indefinitely ("contractors", "two City
// Council members") and names none, it does not say which.

// askedNoun makes a which/what question that classify left to the
// passage reader into a which-question about its head noun, when WordNet
// has one there: "which contractor"; and one classify read by a class
// noun that only premodifies the head ("which council members" asks for
// members, not a council).
func (e *Engine) askedNoun(q *query) {
	if q.typ != tPassage && q.typ != tWhich || e.noLex {
		return
	}
	head, mods := e.whichNounPhrase(q)
	if head == "" || q.typ == tWhich && (classNouns[singular(head)] != "" || !slices.ContainsFunc(mods, func(m string) bool { return stemsMeet(stemOf(singular(m)), q.focus[0]) })) {
		return // a class noun heads it, or a which-question read otherwise
	}
	q.typ, q.focus = tWhich, []string{stemOf(head)}
	q.whichNoun, q.whichMods = head, mods
}

// whichNounPhrase is the head noun, as written, of the noun phrase right
// after an opening "which" or "what", with the content words before it;
// "" when none is a noun. The phrase ends at a function word, at a word
// WordNet has as no noun after the head was found, and at a verb form
// after a noun ("which company makes"); a name premodifies ("which
// Halvard models").
func (e *Engine) whichNounPhrase(q *query) (string, []string) {
	words := make([]string, len(q.toks))
	for i, t := range q.toks {
		words[i] = t.lower
	}
	n := len(words) - len(dropChat(words))
	if n >= len(words) || words[n] != "which" && words[n] != "what" {
		return "", nil
	}
	head, at := "", -1
	for k := n + 1; k < len(words) && k <= n+4; k++ {
		w := words[k]
		if stopWords[w] || whWords[w] || prepositions[w] || chatWords[w] || genitive(q, k) && head == "" && !q.nameToks[k] {
			break // "which countries' ambassadors": left to the class noun's reading
		}
		if q.nameToks[k] {
			if head != "" {
				break
			}
			continue // "which Halvard models": the name premodifies
		}
		if !e.canBe(w, "noun") || e.irregularForm(w) && e.canBe(w, "verb") {
			if head != "" {
				break
			}
			continue // an adjective or an unknown premodifier
		}
		if head != "" && e.finiteVerb(w, words[k+1:]) {
			break // "which company makes the cereal"
		}
		head, at = w, k
		if genitive(q, k) {
			break
		}
	}
	if head == "" {
		return "", nil
	}
	var mods []string
	for k := n + 1; k < at; k++ {
		if !q.nameToks[k] {
			mods = append(mods, words[k])
		}
	}
	return head, mods
}

// genitive reports whether token k of q is written with a possessive 's
// or s' (the tokenizer drops a final apostrophe).
func genitive(q *query, k int) bool {
	low := strings.ReplaceAll(strings.ToLower(q.raw), "’", "'")
	return q.toks[k].poss || strings.Contains(low, q.toks[k].lower+"' ")
}

// finiteVerb reports whether w, after a noun, is the question's verb: an
// irregular past, an -ed form, or an -s form WordNet has as a verb that no
// auxiliary or other verb follows ("which company makes the cereal", but
// "which council members had").
func (e *Engine) finiteVerb(w string, rest []string) bool {
	if !e.canBe(w, "verb") {
		return false
	}
	if endsIn(w, "ed") || e.irregularForm(w) {
		return true
	}
	if !plural(w) {
		return false
	}
	return len(rest) == 0 || !auxiliaries[rest[0]] && !endsIn(rest[0], "ed") && !e.irregularForm(rest[0])
}

// whichInstance answers a which-question about a noun that names no entity
// kind. The sentence that best holds the whole question answers with the
// instance it names or a definite description with a modifier of its
// own, or refuses when it uses the noun only indefinitely ("One member
// who supported it then voted to sustain the veto"); else the instances
// named in the best sentences for the rest of the question, or the one
// the article names anywhere; it refuses when the article uses the noun
// only indefinitely and names none.
func (e *Engine) whichInstance(q *query) (reply, bool) {
	sub := *q
	sub.terms = nil
	for _, t := range q.terms {
		if !t.matchesStem(q.focus[0]) {
			sub.terms = append(sub.terms, t)
		}
	}
	if slices.ContainsFunc(sub.terms, func(t term) bool { return !t.known && !t.weak && len(t.alts) == 0 }) {
		return e.passage(q) // "which commissioner runs the league": no sentence tells of the league
	}
	inst := e.instancesOf(q, q.whichNoun)
	var best *sentence
	if c, ok := e.best(q, nil); ok {
		best = &e.r.sents[c.s]
	}
	cands := e.rank(&sub, nil)
	near := e.heldSentences(&sub, cands, 3)
	if plural(q.whichNoun) {
		for _, s := range append([]*sentence{best}, near...) {
			if s == nil {
				continue
			}
			if r, ok := e.listedInstances(q, s); ok {
				return r, true // "which ambassadors": the article's list of them
			}
		}
	}
	if r, ok := e.bareWhichName(q, &sub); ok {
		return r, true
	}
	if r, ok := e.designated(q, best, near, len(sub.terms) == 0 && len(q.subjects) == 0); ok {
		return r, true // "what flight was it": "Flight 2217"
	}
	if r, ok := e.leadFragmentInstance(q, &sub, best, inst); ok {
		return r, true // "what inning": the lead's (AP Stylebook, "lead")
	}
	if best != nil {
		if r, ok := e.answerFromBest(q, best, inst); ok {
			return r, true
		}
	}
	for _, s := range near {
		if r, ok := e.instancesIn(q, s, inst); ok {
			return r, true
		}
		if r, ok := e.listedInstances(q, s); ok {
			return r, true
		}
	}
	if r, ok := e.unaskedInstance(q, &sub, inst); ok {
		return r, true // "the towboat Miss Corinne", "a railroad bridge pier", the lead's one river (whichmodifier.go)
	}
	if best != nil && e.introducesNoun(best, q.whichNoun) {
		return e.passage(q) // "a separate bill that would spend $600 million": not the bill named elsewhere
	}
	if len(inst) == 1 {
		if s := e.firstNaming(inst[0]); s != nil {
			used := []*sentence{s}
			if best != nil && e.definiteNoun(best, q.whichNoun) {
				used = e.withNaming([]*sentence{best}, inst[0]) // "The vendor installed the meters"
			}
			return reply{found: true, head: e.a.Entities[inst[0]].Name + ".", used: used}, true
		}
	}
	if len(inst) > 0 {
		return e.passage(q)
	}
	return e.noInstance(q, &sub, cands)
}

// noInstance answers a which-question about a noun the article names no
// instance of: the refusal when it uses the noun only indefinitely, else
// the noun with the adjectives before it ("in fair condition",
// adjectiveinstance.go), else a noun filed under it in a sentence holding
// the rest of the question ("what chemical spilled": "spilling …
// styrene", kindhyponym.go), else the best passage.
func (e *Engine) noInstance(q, sub *query, cands []candidate) (reply, bool) {
	if e.namedKind(q.whichNoun) {
		if r, ok := e.onlyIndefinite(sub, cands, q.whichNoun, q.whichMods); ok {
			return r, true
		}
	}
	if r, ok := e.adjectiveInstance(q, e.rank(q, nil)); ok {
		return r, true // "what condition is he in": "in fair condition" (adjectiveinstance.go)
	}
	if len(sub.terms) > 0 {
		if r, ok := e.kindByHyponym(q, q.focus[0]); ok && !e.namesWithHead(lastWord(strings.TrimRight(r.head, "."))) {
			return r, true
		}
	}
	return e.passage(q)
}

// namesWithHead reports whether the article writes word capitalised
// inside a sentence, as a proper name's common-noun head ("Interstate
// 90", "Lake Pepin"): the name identifies the instance (Huddleston &
// Pullum 2002, ch. 5, proper names with a common-noun head), so the
// bare noun ("closing interstate") does not say which one.
func (e *Engine) namesWithHead(word string) bool {
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for k, t := range s.toks {
			if !t.cap || t.lower != word || s.part == "title" {
				continue
			}
			if !sentenceStart(s, k) || k+1 < len(s.toks) && (isNumeric(s.toks[k+1]) || s.toks[k+1].cap) {
				return true // "Interstate 80 was closed": a name even at the sentence's start
			}
		}
	}
	return false
}

// answerFromBest answers from the sentence that best holds the whole
// question: the instances it names or lists, a definite description with
// a modifier of its own, or the refusal when it uses the noun of a named
// kind only indefinitely.
func (e *Engine) answerFromBest(q *query, s *sentence, inst []int) (reply, bool) {
	if r, ok := e.instancesIn(q, s, inst); ok {
		return r, true
	}
	if r, ok := e.listedInstances(q, s); ok {
		return r, true
	}
	if p := e.definiteDescription(s, q.whichNoun, q); p != "" {
		return reply{found: true, head: capitalise(p) + ".", used: []*sentence{s}}, true
	}
	if p := e.describedByAppositive(s, q.whichNoun); p != "" {
		return reply{found: true, head: capitalise(p) + ".", used: []*sentence{s}}, true // "the centrosaurines, a group of horned dinosaurs"
	}
	if !e.namedKind(q.whichNoun) {
		return reply{}, false
	}
	if p := e.unidentifiedMention(s, q.whichNoun, q.whichMods); p != "" {
		return unidentifiedReply(q, p, s), true
	}
	if p := e.unidentifiedMention(s, q.whichNoun, nil); p != "" {
		return unidentifiedReply(q, p, s), true
	}
	return reply{}, false
}

// heldSentences are the first n candidates that hold q, as sentences.
func (e *Engine) heldSentences(q *query, cands []candidate, n int) []*sentence {
	var out []*sentence
	for _, c := range e.heldCandidates(q, cands, n) {
		out = append(out, &e.r.sents[c.s])
	}
	return out
}

// heldCandidates are the first n of cands that hold q.
func (e *Engine) heldCandidates(q *query, cands []candidate, n int) []candidate {
	var out []candidate
	for _, c := range cands {
		if len(out) == n {
			break
		}
		if e.holds(q, c) {
			out = append(out, c)
		}
	}
	return out
}

// definiteNoun reports whether s holds "the" before noun, which refers
// back to the one instance the article names (Quirk et al., §5.32).
func (e *Engine) definiteNoun(s *sentence, noun string) bool {
	for i, t := range s.toks {
		if i > 0 && s.toks[i-1].lower == "the" && !t.cap && e.sameNoun(t, noun) {
			return true
		}
	}
	return false
}

// instancesIn answers with the instances among inst that s names or
// refers to, other than the question's own.
func (e *Engine) instancesIn(q *query, s *sentence, inst []int) (reply, bool) {
	var names []string
	var used []*sentence
	for _, x := range append(append([]int{}, s.named...), s.refs...) {
		if contains(inst, x) && !contains(q.subjects, x) && !slices.Contains(names, e.a.Entities[x].Name) {
			names = append(names, e.a.Entities[x].Name)
			used = e.withNaming([]*sentence{s}, x)
		}
	}
	if len(names) == 0 {
		return reply{}, false
	}
	if len(names) > 1 {
		used = []*sentence{s}
	}
	return reply{found: true, head: joinNames(names) + ".", used: used}, true
}

// namedKind reports whether noun is a kind of person, organisation or
// place, the kinds of thing news writing identifies by name (AP
// Stylebook, "names"; the named-entity classes of OntoNotes 5.0): when
// the article names none it says the noun, it does not say which. Other
// things it identifies by what they are ("four paintings", then their
// titles as "an 1871 oil"), which no rule here can tell apart.
func (e *Engine) namedKind(noun string) bool {
	w := singular(noun)
	return e.personNoun(w) || e.lex.KindOf(w, "organization") || e.lex.KindOf(w, "location")
}

// instancesOf are the entities, other than the question's own, that the
// article calls by noun: in their name or description ("U.S. District
// Judge Margaret Tull"), by a name whose head WordNet files under noun,
// or in apposition ("the contractor, Tri-County Data Services").
func (e *Engine) instancesOf(q *query, noun string) []int {
	var out []int
	for x := range e.a.Entities {
		if contains(q.subjects, x) {
			continue
		}
		if e.calledInstance(x, noun, q.whichMods) {
			out = append(out, x)
		}
	}
	if x, _ := e.appositiveName(noun, q.whichMods); x >= 0 && !contains(out, x) && !contains(q.subjects, x) {
		out = append(out, x)
	}
	return out
}

// calledInstance reports whether the article calls entity x by noun: a
// person by a description of it that holds every modifier asked as well
// ("union leader": not the company's chief executive), any entity by the
// last word of its name, the noun of its kind ("Senate Education
// Committee"; "Metal Workers Union" is a union, not workers), by a
// name whose head WordNet files under noun, or by "the <noun>" on second
// reference (headkind.go).
func (e *Engine) calledInstance(x int, noun string, mods []string) bool {
	if e.r.ents[x].kind == knowledge.Person {
		if !e.noLex && !e.personNoun(singular(noun)) || !e.calledBy(x, noun) {
			return false // "what museum": not "museum director Sofia Brandt", no museum
		}
		return hasMods(e.describedBy(x), mods)
	}
	toks := tokenize(e.a.Entities[x].Name)
	h := nameHeadAt(toks)
	if len(toks) > 1 && pluralHeadedName(toks[h].lower, noun) && !airlineHeads[toks[h].lower] {
		return false // "Harlow Foods" is no food
	}
	return len(toks) > 1 && toks[h].meets(stemOf(noun)) || e.nameHeadIs(x, noun) || e.referredAs(x, noun) || companyNouns[noun] && e.r.isCompany(x)
}

// nameHeadAt is the index of a name's head word: its last word, or the
// word before its first "of" ("Larkin Museum of Art", "University of
// Michigan"), as an of-phrase postmodifies the head of a proper name as
// it does a common one (Quirk et al. 1985, ch. 17 on postmodification;
// ch. 5 on proper names with "of").
func nameHeadAt(toks []token) int {
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].lower == "of" {
			return i - 1
		}
	}
	return len(toks) - 1
}

// nameHeadIs reports whether the last word of x's name, a common noun
// ending a proper name as the noun of its kind does, is one WordNet files
// under noun ("Pine Hollow Fire Department" under agency).
func (e *Engine) nameHeadIs(x int, noun string) bool {
	toks := tokenize(e.a.Entities[x].Name)
	if len(toks) < 2 {
		return false
	}
	head := strings.TrimSuffix(toks[nameHeadAt(toks)].lower, ".")
	if full, ok := corporateAbbrevs[head]; ok {
		head = full
	}
	if traded := tradeHead(head); traded != head {
		head = traded // "Cascade Air" is an airline (airlinename.go)
	} else if pluralHeadedName(head, noun) {
		return false // "Westbrook Pharmaceuticals" is no drug
	}
	return e.canBe(head, "noun") && e.lex.KindOf(head, singular(noun))
}

// pluralHeadedName reports whether a name's last word, head, is a plural
// asked of by a singular noun: a name that ends in a plural names a group
// ("the Great Lakes", "the Rocky Mountains": Quirk et al. 1985, §5.67 on
// plural proper nouns) or the goods a firm deals in ("Westbrook
// Pharmaceuticals", "Tyson Foods"), never one of the plural's kind.
func pluralHeadedName(head, noun string) bool {
	return plural(head) && singular(head) != head && !plural(noun)
}

// definiteDescription is the noun phrase of s that opens with "the" and
// ends in noun, with one to three premodifiers of which one at least the
// question does not hold ("the northbound lane" for "which lane"), or "".
// The definite article with a premodifier identifies which one the text
// means (Quirk et al., §5.30, cataphoric and situational reference).
func (e *Engine) definiteDescription(s *sentence, noun string, q *query) string {
	for i, t := range s.toks {
		if !e.sameNoun(t, noun) || t.cap {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-4; k-- {
			l := s.toks[k].lower
			if l == "the" && k < i-1 && !strings.ContainsAny(s.text[s.toks[k].end:t.start], ",;") && newModifier(s.toks[k+1:i], q) {
				if name := closeApposedName(s, i); name != "" {
					return s.text[s.toks[k].start:t.end] + " " + name // "the security firm Mandiant" (closeapposition.go)
				}
				return s.text[s.toks[k].start:t.end]
			}
			if stopWords[l] || prepositions[l] || s.toks[k].poss {
				break
			}
		}
	}
	return ""
}

// newModifier reports whether one of the premodifiers mods is a content
// word the question does not hold.
func newModifier(mods []token, q *query) bool {
	for _, m := range mods {
		if stopWords[m.lower] {
			continue
		}
		asked := false
		for _, t := range q.toks {
			if stemsMeet(t.stem, m.stem) {
				asked = true
			}
		}
		if !asked {
			return true
		}
	}
	return false
}

// onlyIndefinite refuses a which-question whose noun the article uses
// only without identifying what it stands for: a bare plural
// ("contractors"), or after an indefinite determiner, a cardinal number
// or a quantifier ("two City Council members"): such a noun phrase
// introduces referents the text does not identify (Quirk et al., §5.26,
// §5.56 on the zero article with plurals), so the article does not say
// which. It cites the best sentence holding such a use, else the first.
func (e *Engine) onlyIndefinite(q *query, cands []candidate, noun string, mods []string) (reply, bool) {
	var first *sentence
	phrase := ""
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if p := e.unidentifiedMention(s, noun, mods); p != "" && first == nil {
			first, phrase = s, p
		}
	}
	if first == nil {
		return reply{}, false
	}
	for _, c := range cands {
		s := &e.r.sents[c.s]
		if p := e.unidentifiedMention(s, noun, mods); p != "" {
			first, phrase = s, p
			break
		}
	}
	return unidentifiedReply(q, phrase, first), true
}

// unidentifiedReply is the refusal of a which-question whose noun s uses only in
// the unidentifying phrase, which it shows.
func unidentifiedReply(q *query, phrase string, s *sentence) reply {
	asked := strings.Join(append(append([]string{}, q.whichMods...), q.whichNoun), " ")
	return reply{head: fmt.Sprintf("The article doesn't say which %s: it says only %q.", asked, phrase), used: []*sentence{s}}
}

// unidentifiedMention is the noun phrase of s that holds noun, with every
// modifier asked, after an indefinite article, a number or a quantifier,
// or as a bare plural; "" when s has none. Between the determiner and the
// noun stand only names and the modifiers asked ("two City Council
// members"). A singular noun followed by another word of its phrase
// premodifies it ("contractor fees") and is no head; an indefinite phrase
// that describes a name is left to indefiniteMention's rule.
func (e *Engine) unidentifiedMention(s *sentence, noun string, mods []string) string {
	for i, t := range s.toks {
		if !e.sameNoun(t, noun) || t.cap && i > 0 {
			continue
		}
		if !plural(t.lower) && i+1 < len(s.toks) && !s.toks[i+1].cap && !stopWords[s.toks[i+1].lower] && !prepositions[s.toks[i+1].lower] &&
			!strings.ContainsAny(s.text[t.end:s.toks[i+1].start], ",;.") {
			continue // a premodifier of the next noun
		}
		if postmodified(s, i) || !e.personNoun(singular(noun)) && describedAfter(s, i) || e.apposedNames(s, i) {
			continue // "a 2024 ruling by the state Court of Appeals": described by what follows
		}
		k := i - 1
		for k >= 0 && e.phraseModifier(s, k, mods) {
			k--
		}
		if !hasMods(s.toks[k+1:i], mods) {
			continue
		}
		if k >= 0 && (quantifiers[s.toks[k].lower] || cardinal(s.toks[k].lower)) {
			if !describesBefore(s, k) {
				return s.text[s.toks[k].start:t.end]
			}
			continue
		}
		if plural(t.lower) && (k < 0 || !determiners[s.toks[k].lower] && !s.toks[k].poss) {
			return s.text[s.toks[k+1].start:t.end] // a bare plural
		}
	}
	return ""
}

// phraseModifier reports whether token k of s may premodify the noun after
// it within one noun phrase, with no comma between: a name, a year, a
// modifier asked, or a word WordNet has as an adjective or as a noun and
// no verb ("two City Council members", "Both council members"); not a
// determiner, a quantifier or a number, which open the phrase.
func (e *Engine) phraseModifier(s *sentence, k int, mods []string) bool {
	t := s.toks[k]
	if quantifiers[t.lower] || cardinal(t.lower) || determiners[t.lower] || stopWords[t.lower] || prepositions[t.lower] || t.poss ||
		strings.ContainsAny(s.text[t.end:s.toks[k+1].start], ",;:") {
		return false
	}
	if (endsIn(t.lower, "ing") || endsIn(t.lower, "ed")) && e.canBe(t.lower, "verb") && !t.cap {
		return false // "telling owners": a verb's participle before its object
	}
	return t.cap || yearRe.MatchString(t.lower) || meetsAny(t, stemsOf(mods)) || e.canBe(t.lower, "adj") ||
		e.canBe(t.lower, "noun") && !e.canBe(t.lower, "verb")
}

// sameNoun reports whether t is noun, in the singular or the plural
// ("ruling", "rulings"; "rules" is another word of its stem).
func (e *Engine) sameNoun(t token, noun string) bool {
	base := func(w string) string {
		if l := e.irregularForm(w); l {
			return e.lex.Lemma(w)
		}
		return singular(w)
	}
	return base(t.lower) == base(noun)
}

// hasMods reports whether toks hold a form of every modifier.
func hasMods(toks []token, mods []string) bool {
	for _, m := range mods {
		st := stemOf(m)
		if !slices.ContainsFunc(toks, func(t token) bool { return t.meets(st) }) {
			return false
		}
	}
	return true
}

// stemsOf are the stems of words.
func stemsOf(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = stemOf(w)
	}
	return out
}

// quantifiers are the indefinite determiners and quantifiers of English
// that introduce referents without identifying them (Quirk et al., §5.12,
// §5.25): "a", "some", "several"; not "both" or "all", which refer
// to a set the text has already given (§5.16).
var quantifiers = set("a", "an", "some", "any", "several", "many", "few", "other", "various",
	"numerous", "multiple")

// cardinal reports whether w is a cardinal number, in words or in
// digits, other than a year ("a 2024 ruling" premodifies by its year).
func cardinal(w string) bool {
	if _, ok := numberWords[w]; ok {
		return true
	}
	return w != "" && strings.Trim(w, "0123456789,") == "" && !yearRe.MatchString(w)
}

// describedAfter reports whether the noun at token i of s, a thing, is
// followed with no comma between by a restrictive relative clause, an
// -ing participle or a prepositional phrase of content ("a bill that
// would raise the minimum wage", "a bill on wages"): news writing
// identifies a thing by what it is, as it does a person by name (AP
// Stylebook, "names"), so such a description says which thing.
// Prepositions of place and accompaniment ("two hospitals with minor
// injuries") more often modify the clause, and describe nothing.
func describedAfter(s *sentence, i int) bool {
	if i+1 >= len(s.toks) || strings.TrimSpace(s.text[s.toks[i].end:s.toks[i+1].start]) != "" {
		return false
	}
	l := s.toks[i+1].lower
	return l == "that" || l == "which" || contentPrepositions[l] || endsIn(l, "ing") && !s.toks[i+1].cap
}

// contentPrepositions are the prepositions whose phrase after a noun
// tells what the thing is or holds: of, on, about, for, against, from, by
// (Quirk et al., §17.37-17.44, postmodification by prepositional phrase).
var contentPrepositions = set("of", "on", "about", "for", "against", "from", "by")

// postmodified reports whether the noun at token i of s is followed, with
// no comma between, by a prepositional phrase whose object is a name,
// which describes what the noun stands for by it ("sanctions against
// Russia", "a ruling by the Court of Appeals": Quirk et al., §17.37, the
// prepositional postmodifier); "with minor injuries" names nothing.
func postmodified(s *sentence, i int) bool {
	if i+2 >= len(s.toks) || strings.TrimSpace(s.text[s.toks[i].end:s.toks[i+1].start]) != "" {
		return false
	}
	if l := s.toks[i+1].lower; !prepositions[l] && l != "in" {
		return false
	}
	for k := i + 2; k < len(s.toks) && k <= i+4; k++ {
		if strings.ContainsAny(s.text[s.toks[k-1].end:s.toks[k].start], ",;") {
			break
		}
		if s.toks[k].cap {
			return true
		}
	}
	return false
}

// listedInstances answers with the instances s lists of the asked noun:
// proper premodifiers of it ("the British, Korean and Russian
// ambassadors", properModifiers) or the names a plural of it is
// exemplified by after "including" ("other members of the committee,
// including Sen. John McCain": exemplifying apposition, Quirk et al.,
// §17.77).
func (e *Engine) listedInstances(q *query, s *sentence) (reply, bool) {
	if span := e.properModifiers(s, q.focus[0]); e.namesInstances(q, s, span) {
		return reply{found: true, head: span + ".", used: []*sentence{s}}, true
	}
	if names := e.includedNames(q, s); len(names) > 0 {
		return reply{found: true, head: joinNames(names) + ".", used: []*sentence{s}}, true
	}
	return reply{}, false
}

// namesInstances reports whether span, proper premodifiers of the asked
// noun in s, names instances of it: it ends in the noun as asked, not in
// another word of its stem ("Supreme Court ruled" for "ruling"), holds
// no modifier the question asks (in "City Council members" the name is
// the question's own modifier, not a member), and no number or
// quantifier counts it ("two City Council members").
func (e *Engine) namesInstances(q *query, s *sentence, span string) bool {
	if span == "" {
		return false
	}
	words := tokenize(span)
	if singular(words[len(words)-1].lower) != singular(q.whichNoun) {
		return false
	}
	for _, w := range words[:len(words)-1] {
		if meetsAny(w, stemsOf(q.whichMods)) {
			return false
		}
	}
	at := strings.Index(s.text, span)
	before := strings.Fields(strings.ToLower(s.text[:max(at, 0)]))
	return len(before) == 0 || !quantifiers[before[len(before)-1]] && !cardinal(before[len(before)-1])
}

// includedNames are the names of s's list in apposition to a plural of
// the asked noun (apposedNames), or after "including" that follows,
// within six words in the same clause, a plural of the asked noun; the
// list goes on over names of the first one's kind joined by a comma or
// "and".
func (e *Engine) includedNames(q *query, s *sentence) []string {
	for i, t := range s.toks {
		if !e.sameNoun(t, q.whichNoun) || !plural(t.lower) {
			continue
		}
		if e.apposedNames(s, i) {
			return e.namesFrom(q, s, i+1) // "Two trustees, Robert Hale and Susan Marsh,"
		}
		for k := i + 1; k < len(s.toks) && k <= i+6; k++ {
			if strings.ContainsAny(s.text[s.toks[k-1].end:s.toks[k].start], ";.") {
				break
			}
			if s.toks[k].lower == "including" {
				return e.namesFrom(q, s, k+1)
			}
		}
	}
	return nil
}

// namesFrom is the list of names in s that opens within two words of
// token k.
func (e *Engine) namesFrom(q *query, s *sentence, k int) []string {
	var names []string
	kind := knowledge.EntityKind("")
	for k < len(s.toks) {
		x, n, at := -1, 0, k
		for i := k; i < len(s.toks) && i <= k+2 && x < 0; i++ {
			for y := range e.r.ents {
				if m := e.formAt(s, y, i); m > n {
					x, n, at = y, m, i
				}
			}
		}
		if x < 0 || len(names) > 0 && e.r.ents[x].kind != kind || contains(q.subjects, x) {
			break
		}
		kind = e.r.ents[x].kind
		names = append(names, e.a.Entities[x].Name)
		k = at + n
		if k >= len(s.toks) || !strings.HasPrefix(strings.TrimSpace(s.text[s.toks[k-1].end:s.toks[k].start]), ",") && s.toks[k].lower != "and" {
			break
		}
		if s.toks[k].lower == "and" {
			k++
		}
	}
	return names
}

// introducesNoun reports whether s writes noun only after an indefinite
// article, with at most its premodifiers between: "a" introduces a
// referent not mentioned before (Quirk et al., §5.26), so the sentence
// that holds the question tells of a new one, not of the instance the
// article names elsewhere.
func (e *Engine) introducesNoun(s *sentence, noun string) bool {
	seen := false
	for i, t := range s.toks {
		if !e.sameNoun(t, noun) || t.cap {
			continue
		}
		k := i - 1
		for k >= 0 && i-k <= 3 && e.phraseModifier(s, k, nil) {
			k--
		}
		if k < 0 || s.toks[k].lower != "a" && s.toks[k].lower != "an" {
			return false
		}
		seen = true
	}
	return seen
}

// listedOfKind answers a which-question in the plural about a kind of
// entity ("which neighborhoods") with the names s coordinates before the
// noun or lists after "including" (listedInstances), all of them rather
// than the first entity of the kind.
func (e *Engine) listedOfKind(q *query, s *sentence) (reply, bool) {
	if len(q.focus) == 0 {
		return reply{}, false
	}
	for _, t := range q.toks {
		if t.meets(q.focus[0]) && plural(t.lower) {
			w := *q
			w.whichNoun = t.lower
			return e.listedInstances(&w, s)
		}
	}
	return reply{}, false
}

// ownerOrListed answers a which-question about a kind of entity by the
// owner named before the thing asked of ("what company runs the plant":
// "the Prairie Gold Foods plant"), or, in the plural, by all the names
// the first candidate that holds the question lists (listedOfKind).
func (e *Engine) ownerOrListed(q *query, kind string, sub *query, cands []candidate) (reply, bool) {
	for _, c := range cands {
		if !e.holds(sub, c) && (len(sub.terms) > 0 || len(sub.subjects) > 0) {
			continue
		}
		return e.listedOfKind(q, &e.r.sents[c.s])
	}
	return reply{}, false
}

// bareWhichName answers a which-question that says nothing more of its
// noun with the name a participle of naming gives it ("which planet":
// "The planet, called LHS 1140 b,", namingparticiple.go), or else the
// story's own instance named by proper premodifiers before a common head
// ("which fire": "The Sunshine Canyon fire", premodnames.go); a name
// with a capitalised head ("Larkin Museum of Art") is the which-stage's.
func (e *Engine) bareWhichName(q, sub *query) (reply, bool) {
	if len(sub.terms) > 0 || len(q.subjects) > 0 {
		return reply{}, false
	}
	if name, s := e.participleNamed(q.whichNoun, q.whichMods); name != "" {
		return reply{found: true, head: name + ".", used: []*sentence{s}}, true
	}
	if name, s := e.storyPremodName(q.whichNoun); name != "" && len(q.whichMods) == 0 && commonHeaded(name) {
		return reply{found: true, head: capitalise(name) + ".", used: []*sentence{s}}, true
	}
	return reply{}, false
}

// leadFragmentInstance answers a fragment that asks nothing but its noun ("what
// inning") from the first body sentence holding it, when that is not the
// best sentence and names an instance: the story's event is the one the
// lead tells.
func (e *Engine) leadFragmentInstance(q, sub *query, best *sentence, inst []int) (reply, bool) {
	if len(sub.terms) > 0 || len(q.subjects) > 0 {
		return reply{}, false
	}
	s := e.firstBodyHolding(q)
	if s == nil || s == best {
		return reply{}, false
	}
	if r, ok := e.answerFromBest(q, s, inst); ok && r.found {
		return r, true
	}
	return reply{}, false
}

// firstBodyHolding is the first body sentence, in the article's order,
// that holds every term of q, or nil.
func (e *Engine) firstBodyHolding(q *query) *sentence {
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.part == "" && !slices.ContainsFunc(q.terms, func(t term) bool { return !s.hasTerm(t) }) {
			return s
		}
	}
	return nil
}
