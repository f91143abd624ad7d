package lookup

import (
	"slices"
	"strings"

	"storybot/knowledge"
)

// referent picks what a later part of a question refers back to among
// the entities the part before it named. A singular personal pronoun ("he",
// "she") refers to one person: the first named of its gender, since the
// subject of an English clause usually comes first and a pronoun prefers
// the subject of the clause before (Grosz, Joshi & Weinstein 1995,
// centering). "They", or a part that only set the topic, takes them all.
func (e *Engine) referent(prev []int, toks []token, topic bool) []int {
	g, ok := pronounGender(toks)
	if topic || !ok || g == 0 {
		return prev
	}
	for _, x := range prev {
		ent := e.r.ents[x]
		if ent.kind == knowledge.Person && (ent.gender == 0 || ent.gender == g) {
			return []int{x}
		}
	}
	return prev
}

// storySubject gives a question whose "he" or "she" has nothing to refer
// to, in the question or in a thread, the person the story is about: the
// one the headline names (a news headline names its main subject; AP
// Stylebook, "headlines"), else the one a delayed-identification lead
// describes (leadPerson), else the person named in the most paragraphs,
// when their gender fits the pronoun. Asked in a channel about one story,
// "how old is he" is about its subject. Only questions about the person
// themself (their age, words, role, origin) take the subject this way.
func (e *Engine) storySubject(q *query) {
	g, ok := pronounGender(q.toks)
	if !ok {
		g, ok = epithetGender(q.toks) // "how old is the guy": a general noun used as a pronoun
		if ok && e.introducedIndefinitely(epithetNoun(q.toks)) {
			return // "the boy" after the article's "a 9-year-old boy" (indefinitefirst.go)
		}
	}
	if !ok || g == 0 || e.hasPersonOf(q.subjects, 0) || !aboutPerson[q.typ] && !(q.typ == tPlace && homeQuestion.MatchString(q.raw)) && !asksDeath(q) {
		return // other questions find their sentence by its words, which need not name the person
	}
	x := e.storyPersonOf(g)
	if x < 0 {
		return
	}
	q.subjects = append(q.subjects, x)
	q.terms = e.termsOf(q)
}

// storyPersonOf is the person of gender g (or unknown gender) the story is
// about, as storySubject finds them, or -1.
func (e *Engine) storyPersonOf(g byte) int {
	x := e.headlinePerson(g)
	if x < 0 {
		x = e.leadPerson(g) // "A 7-year-old boy …": the lead's described person (leadsubject.go)
	}
	if x < 0 {
		if m := e.mainActor(); m >= 0 && (e.r.ents[m].gender == 0 || e.r.ents[m].gender == g) {
			x = m
		}
	}
	return x
}

// headlinePerson is the one person of gender g (or unknown gender) the
// headline names, or -1.
func (e *Engine) headlinePerson(g byte) int {
	found := -1
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.part != "title" {
			continue
		}
		for _, x := range s.named {
			ent := e.r.ents[x]
			if ent.kind != knowledge.Person || ent.gender != 0 && ent.gender != g {
				continue
			}
			if found >= 0 && found != x {
				return -1
			}
			found = x
		}
	}
	return found
}

// answerUnthreaded answers q, asked as text without a thread, with the
// story's referents as the antecedents of its bare pronouns: a pronoun
// "he" or "she" as the story's person (storySubject); when that finds
// nothing, it asks again with the headline's thing for a bare "it"
// (storyThingAsked).
func (e *Engine) answerUnthreaded(q *query, text string) knowledge.Answer {
	alt := e.storyThingAsked(q, text)
	e.storySubject(q)
	e.groupSpeaker(q) // "what did they say": the lead's group's voice (groupspeaker.go)
	r := e.namedDescribed(e.solve(q))
	if r.found || alt == q {
		return r.answer()
	}
	e.storySubject(alt)
	if ra := e.namedDescribed(e.solve(alt)); ra.found {
		return ra.answer()
	}
	if name := e.namedThing(e.headlineThing()); name != "" {
		if t := withName(text, name); t != "" {
			// "how old is it" of a tortoise the story names Gus (namedthing.go)
			qn := e.understand(t, nil)
			e.storySubject(qn)
			if rn := e.namedDescribed(e.solve(qn)); rn.found {
				return rn.answer()
			}
		}
	}
	return r.answer()
}

// storyThingAsked gives q, asked as text without a thread, the headline's
// thing in place of its bare "it"; q itself when it names someone or
// something, has no "it", or the headline names no such thing.
//
// A news headline
// names the story's main subject (AP Stylebook, "headlines"), and a reader
// asking about one story with an "it" that has nothing before it to point
// back to means that subject: "how deep is it" under "Sinkhole swallows
// parking lot" asks how deep the sinkhole is. "It" refers to a thing, not
// a person (Quirk et al. 1985, §6.18), and a singular one, so the thing is
// the headline's first singular common noun that names no person: a head,
// not a noun premodifying the next one ("Roman shipwreck"; §17.104 on
// premodifying nouns), and not a verb after "to" ("to swim") or after a
// plural subject ("Divers raise"). The question
// is asked again with "the" and that noun in the pronoun's place, as
// backReference does for a thing a part before asked about, when the
// question as asked finds no answer: an "it" the article's own sentences
// answer ("how will they pay for it") may point elsewhere, to an act or a
// thing the headline does not name. A question of
// the story's event by a pro-form alone ("when did it happen":
// storyevent.go) and the prop "it" of the weather ("how cold was it":
// propit.go) refer to no thing and are left as they are.
func (e *Engine) storyThingAsked(q *query, text string) *query {
	if len(q.subjects) > 0 || q.followUp || temperatureAdjective(q.measure) || proFormOnly(dropChat(lowerWords(q.toks))) {
		return q
	}
	f := strings.Fields(text)
	at := -1
	for i, w := range f {
		if strings.ToLower(strings.Trim(w, "?!.,;:")) == "it" {
			if at >= 0 {
				return q // two "it"s need not be one thing
			}
			at = i
		}
	}
	if at < 0 {
		return q
	}
	thing := e.headlineThing()
	if thing == "" {
		return q
	}
	w := f[at]
	f[at] = strings.Replace(w, w[:2], "the "+thing, 1)
	return e.understand(strings.Join(f, " "), nil)
}

// headlineThing is the headline's first singular common noun naming no
// person, in lower case, or "" when it has none.
func (e *Engine) headlineThing() string {
	if e.noLex {
		return ""
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.part != "title" {
			continue
		}
		_, names := e.entitiesIn(s.toks)
		first := ""
		for k := datelineEnd(s); k < len(s.toks); k++ {
			t := s.toks[k] // past a dateline ("PORT ALDEN, Maine (AP) —"), which names a place (AP Stylebook, "datelines")
			if !e.thingNounAt(s.toks, k, names) {
				continue
			}
			if !e.actingPlace(t.lower) {
				return t.lower
			}
			if first == "" {
				first = t.lower
			}
		}
		return first
	}
	return ""
}

// actingPlace reports whether a common noun names a place that acts in a
// headline by metonymy for its people or its government ("Ohio town opens
// time capsule": the town's officials did; Quirk et al. 1985, §17.2 on
// metonymy; AP Stylebook, "headlines"): WordNet files it under
// geographical_area or administrative_district, as censusPlace reads the
// place a population counts. Such a subject is where the story happened,
// not the thing it happened to, so a later thing the headline names is
// what a bare "it" means.
func (e *Engine) actingPlace(w string) bool {
	return e.lex.KindOf(w, "geographical_area") || e.lex.KindOf(w, "administrative_district")
}

// writtenPlural reports whether a word is a noun's plural: it loses an
// "-s" to a singular WordNet lists as a noun ("divers", "washes"), which a
// word that only ends in "s" does not ("octopus", "gas"; morphy(7WN)
// detaches an inflection only to reach a word it lists).
func (e *Engine) writtenPlural(w string) bool {
	b := singular(w)
	if b == w {
		return false
	}
	return e.canBe(b, "noun") || strings.HasSuffix(w, "es") && e.canBe(strings.TrimSuffix(w, "es"), "noun")
}

// thingNounAt reports whether token k of headline toks is a singular
// common noun heading its phrase that names no person.
func (e *Engine) thingNounAt(toks []token, k int, names map[int]bool) bool {
	t := toks[k]
	if names[k] || k > 0 && t.cap || stopWords[t.lower] || numberToken(t) || !e.canBe(t.lower, "noun") || e.writtenPlural(t.lower) {
		return false
	}
	if e.personNoun(t.lower) && !e.lex.KindOf(t.lower, "animal") || e.lex.Lemma(t.lower) != "" && e.lex.Lemma(t.lower) != t.lower {
		return false // "grandmother", though not "whale" (animalNoun); "became", a form of another word
	}
	if k > 0 && e.canBe(t.lower, "verb") && (toks[k-1].lower == "to" || e.writtenPlural(toks[k-1].lower)) {
		return false // "to swim": an infinitive; "Divers raise": the verb after a plural subject
	}
	if k+1 < len(toks) {
		n := toks[k+1]
		if !n.cap && !names[k+1] && e.canBe(n.lower, "noun") && !e.writtenPlural(n.lower) && !stopWords[n.lower] && !particles[n.lower] && !e.headlineParticiple(n.lower) {
			return false // "Roman shipwreck": a premodifier of the next noun, though not of a verb's particle ("bring carousel back")
		}
		if !n.cap && e.canBe(t.lower, "adj") && e.writtenPlural(n.lower) {
			return false // "electric bikes": an adjective before a plural head
		}
	}
	return true
}

// headlineParticiple reports whether w is the past participle of an
// irregular verb ("found", "stolen", "held"), a form WordNet's exception
// lists give another verb as lemma of: a headline drops the auxiliary of
// a passive ("Cello found in pawnshop" for "A cello was found"; AP
// Stylebook, "headlines"; Quirk et al. 1985, §3.11 on irregular verb
// forms), so after a noun such a word is its verb, though WordNet also
// lists "found" as a noun, and the noun before it heads its phrase.
func (e *Engine) headlineParticiple(w string) bool {
	l := e.lex.Lemma(w)
	return l != "" && l != w && e.canBe(l, "verb")
}

// asksDeath reports whether the question asks about a death ("what killed
// him", "why did she die"): dying is what befalls the person themself, so
// in a story about one person their death is the one asked about. Its
// terms are "die" or "death", or a verb WordNet gives them as meaning
// (kill, which causes die; pass away).
func asksDeath(q *query) bool {
	for _, t := range q.terms {
		for _, st := range append([]string{t.stem}, t.alts...) {
			if stemsMeet(st, stemOf("die")) || stemsMeet(st, stemOf("death")) {
				return true
			}
		}
	}
	return false
}

// answeredSubjects are what a later part's pronoun may point back to
// after a part is answered: the part's own subjects, or, when it asked
// "who" and named no person, the people its answer names. The wh-phrase
// of a question introduces a referent that its answer fills, and a
// pronoun after it takes that referent as antecedent ("who won the award
// and how old is she"; Kamp & Reyle, "From Discourse to Logic", 1993, on
// discourse referents; Groenendijk & Stokhof, "Studies on the Semantics of
// Questions", 1984, on answers as the values of the wh-phrase), as a
// thread's pronoun takes the person of the answer before (fromHistory).
func (e *Engine) answeredSubjects(q *query, r reply) []int {
	if q.typ != tPerson || !r.found || r.head == "" || e.hasPersonOf(q.subjects, 0) {
		return q.subjects
	}
	named, _ := e.entitiesIn(tokenize(r.head))
	var out []int
	for _, x := range named {
		if e.r.ents[x].kind == knowledge.Person {
			out = append(out, x)
		}
	}
	if len(out) == 0 {
		return q.subjects
	}
	return out
}

// backReference resolves what a later part of a question points back to
// with a pronoun: a personal pronoun takes a person of the part before
// (referent); "it", with no one named, stands for the thing the part
// before asked about, and the part is asked again with it in its place
// ("how much is the fee and when does it start": when does the fee
// start). "It" refers to a thing, not a person (Quirk et al., §6.18),
// and a definite noun phrase of the clause before is its usual
// antecedent (§19.33 on anaphoric reference).
func (e *Engine) backReference(q *query, p string, subjects []int, topic bool, thing string, history []knowledge.Turn) *query {
	if len(q.subjects) == 0 && (hasPronoun(q.toks) || topic) {
		q.subjects = e.referent(subjects, q.toks, topic)
		q.terms = e.termsOf(q)
	} else if objectPronounAfterName(q) {
		// "who is kislyak & when did sessions meet him": not Sessions (boundpronoun.go)
		others := slices.DeleteFunc(slices.Clone(subjects), func(x int) bool { return slices.Contains(q.subjects, x) })
		if len(others) > 0 {
			q.subjects = append(e.referent(others, q.toks, false), q.subjects...)
			q.terms = e.termsOf(q)
		}
	}
	if len(q.subjects) > 0 || thing == "" {
		return q
	}
	f := strings.Fields(p)
	replaced := false
	for i, w := range f {
		if strings.ToLower(strings.Trim(w, "?!.,;:")) == "it" {
			f[i] = strings.Replace(w, w[:2], thing, 1)
			replaced = true
		}
	}
	if !replaced {
		return q
	}
	return e.understand(strings.Join(f, " "), history)
}

// definiteThing is the last definite noun phrase of a question ("the
// parking fee" of "how much is the parking fee"): "the", "this" or
// "that" and the nouns and adjectives after it, up to three words, ending
// in a noun; a participle after them is the verb ("why is the library
// closing"), not part of the phrase; after "do" or a modal the subject is
// followed by the bare verb, so a last word that can be a verb is that
// verb ("what does the program cost"; Quirk et al., §3.37 on do-support).
// "" when there is none, for a part that is not a question, for one whose
// own "it" the next part's continues, and for a
// side of a comparison, which is a noun
// clause ("what the program costs"), not a question.
func (e *Engine) definiteThing(p string, compared bool) string {
	toks := tokenize(p)
	if e.noLex || compared || len(toks) == 0 || !whWords[toks[0].lower] && !auxiliaries[toks[0].lower] {
		return "" // only a question's own thing: "so for the weather box, …" asks nothing
	}
	for _, t := range toks {
		if t.lower == "it" {
			return "" // "what was it like at the start, and was it windy": the "it" goes on
		}
	}
	out := ""
	for i, t := range toks {
		if t.lower != "the" && t.lower != "this" && t.lower != "that" {
			continue
		}
		words := e.nounPhraseAfter(toks, i)
		if i > 0 && len(words) > 1 && doOperators[toks[i-1].lower] && slices.Contains(e.lex.PartsOfSpeech(words[len(words)-1]), "verb") {
			words = words[:len(words)-1]
		}
		if len(words) > 0 && slices.Contains(e.lex.PartsOfSpeech(words[len(words)-1]), "noun") {
			out = "the " + strings.Join(words, " ")
		}
	}
	return out
}

// nounOrAdjective reports whether a word can be a noun or an adjective
// and, after a word of the phrase (afterHead), is not a participle (-ing,
// -ed), which after a noun phrase is its verb ("the library closing"),
// though before the noun it modifies it ("the parking fee").
func (e *Engine) nounOrAdjective(w string, afterHead bool) bool {
	if afterHead && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) {
		return false
	}
	pos := e.lex.PartsOfSpeech(w)
	return slices.Contains(pos, "noun") || slices.Contains(pos, "adj")
}

// doOperators are "do" and the modals, which take a bare verb after their
// subject (Quirk et al., §3.37–3.40).
var doOperators = set("do", "does", "did", "will", "would", "can", "could", "should", "may", "might", "must")

// nounPhraseAfter is the words of the noun phrase after token i, up to
// three nouns and adjectives ("the water fees"), lower case.
func (e *Engine) nounPhraseAfter(toks []token, i int) []string {
	var words []string
	for _, n := range toks[i+1:] {
		if len(words) == 3 || stopWords[n.lower] || auxiliaries[n.lower] || whWords[n.lower] || !e.nounOrAdjective(n.lower, len(words) > 0) {
			break
		}
		words = append(words, n.lower)
	}
	return words
}
