package lookup

import "strings"

// Multi-word verbs (part of stage 2): a light verb with a particle or
// preposition is often one idiomatic verb whose meaning is not the light
// verb's ("go through": be approved; "come off": succeed; Quirk et al.,
// §16.2–16.5). Read as the light verb alone it weighs next to nothing,
// and a sentence that names only the question's subject would seem to
// answer it ("did the exemption go through?": "offered an amendment to
// exempt …").

// spatialParticles are the adverbial particles and prepositions that form
// phrasal and prepositional verbs (Quirk et al., §16.3, the common
// particles).
var spatialParticles = set("about", "across", "along", "around", "away", "back", "by", "down",
	"in", "into", "off", "on", "out", "over", "round", "through", "under", "up")

// multiWordVerb reads the light verb at token i of a question and the
// particle that closes the question as one verb when WordNet lists the
// pair: known, and matched where the article writes the pair, when the
// article does; otherwise a word it never uses. ok is false when the pair
// is no multi-word verb. Only a closing particle is read so: with nothing
// after it, it is no preposition, whose object would follow (Quirk et
// al., §16.4, the intransitive phrasal verb). A question opened by a
// pronoun wh-word may strand a preposition whose object it is ("what did
// he go through"); a yes/no question and one opened by an adverb (how,
// when, why) strand none, so there it is a particle.
func (e *Engine) multiWordVerb(q *query, i int) (term, bool) {
	toks := q.toks
	t := toks[i]
	if e.noLex || !lightVerbs[t.lower] || i+2 != len(toks) || !spatialParticles[toks[i+1].lower] || strandsPreposition(toks) {
		return term{}, false
	}
	p := toks[i+1].lower
	phrase := t.lower + " " + p
	if !e.lex.IsWord(phrase) && !e.lex.IsWord(t.stem+" "+p) {
		return term{}, false
	}
	seq := []string{t.stem, stemOf(p)}
	if !e.writesPhrase(seq) {
		return term{lower: phrase, stem: phrase}, true
	}
	return term{lower: phrase, stem: phrase, phrases: [][]string{seq}, known: true, phrasal: true, derived: true}, true
}

// strandsPreposition reports whether the question opens with a pronoun
// wh-word (what, who, whom, which, where) that a closing preposition may
// take as its object (Quirk et al., §11.14, §9.6: "what did he go
// through", "where did it come from").
func strandsPreposition(toks []token) bool {
	for _, t := range toks {
		if chatWords[t.lower] {
			continue
		}
		w := strings.TrimSuffix(strings.TrimSuffix(t.lower, "'s"), "'d")
		return w == "what" || w == "who" || w == "whom" || w == "which" || w == "where" || w == "whats" || w == "whos"
	}
	return false
}
