package lookup

import (
	"strings"

	"storybot/knowledge"
)

// The story's thing as a bare "it" (part of stage 2). A news headline
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

// answerStoryThing answers q, asked as text without a thread, taking a
// pronoun "he" or "she" as the story's person (storySubject); when that
// finds nothing, it asks again with the headline's thing for a bare "it".
func (e *Engine) answerStoryThing(q *query, text string) knowledge.Answer {
	alt := e.storyThingAsked(q, text)
	e.storySubject(q)
	r := e.namedDescribed(e.solve(q))
	if r.found || alt == q {
		return r.answer()
	}
	e.storySubject(alt)
	if ra := e.namedDescribed(e.solve(alt)); ra.found {
		return ra.answer()
	}
	return r.answer()
}

// storyThingAsked gives q, asked as text without a thread, the headline's
// thing in place of its bare "it"; q itself when it names someone or
// something, has no "it", or the headline names no such thing.
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
	if e.lex == nil {
		return ""
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.part != "title" {
			continue
		}
		_, names := e.entitiesIn(s.toks)
		for k, t := range s.toks {
			if e.thingNounAt(s.toks, k, names) {
				return t.lower
			}
		}
		return ""
	}
	return ""
}

// thingNounAt reports whether token k of headline toks is a singular
// common noun heading its phrase that names no person.
func (e *Engine) thingNounAt(toks []token, k int, names map[int]bool) bool {
	t := toks[k]
	if names[k] || k > 0 && t.cap || stopWords[t.lower] || numberToken(t) || !e.canBe(t.lower, "noun") || singular(t.lower) != t.lower {
		return false
	}
	if e.personNoun(t.lower) || e.lex.Lemma(t.lower) != "" && e.lex.Lemma(t.lower) != t.lower {
		return false // "grandmother"; "became", a form of another word
	}
	if k > 0 && e.canBe(t.lower, "verb") && (toks[k-1].lower == "to" || singular(toks[k-1].lower) != toks[k-1].lower) {
		return false // "to swim": an infinitive; "Divers raise": the verb after a plural subject
	}
	if k+1 < len(toks) {
		n := toks[k+1]
		if !n.cap && !names[k+1] && e.canBe(n.lower, "noun") && singular(n.lower) == n.lower && !stopWords[n.lower] {
			return false // "Roman shipwreck": a premodifier of the next noun
		}
	}
	return true
}
