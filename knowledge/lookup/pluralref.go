package lookup

import (
	"slices"
	"strings"

	"storybot/knowledge"
)

// "They" across the parts of a question (part of stage 2). In "when is
// the vote on water fees and how much would they go up", the plural
// pronoun of the second part refers back to the plural noun phrase of
// the first: a personal pronoun agrees with its antecedent in number
// (Quirk et al. 1985, §6.14 and §12.8, anaphoric reference; §10.44,
// number concord), so "they" and "them" stand for the last plural noun
// phrase the part before asked about when no person is meant. Read
// alone, the part asks of nothing and any figure of any rise answers it.

// pluralThing is the last plural noun phrase of question part p ("water
// fees" of "when is the vote on water fees"): up to three nouns and
// adjectives after a determiner or a preposition, ending in a plural
// noun. "" for a part that is not a question, one whose own "they" the
// next part continues, and a side of a comparison.
func (e *Engine) pluralThing(p string, compared bool) string {
	toks := tokenize(p)
	if e.noLex || compared || len(toks) == 0 || !whWords[toks[0].lower] && !auxiliaries[toks[0].lower] {
		return ""
	}
	if slices.ContainsFunc(toks, func(t token) bool { return pluralPronouns[t.lower] }) {
		return "" // "what are they doing, and why are they there": the "they" goes on
	}
	out := ""
	for i, t := range toks {
		if !determiners[t.lower] && !prepositions[t.lower] {
			continue
		}
		words := e.nounPhraseAfter(toks, i)
		if len(words) > 0 && e.pluralNoun(words[len(words)-1]) {
			out = strings.Join(words, " ")
		}
	}
	return out
}

// pluralPronouns are the third-person plural personal pronouns that
// stand for a noun phrase (Quirk et al., §6.14).
var pluralPronouns = set("they", "them")

// pluralNoun reports whether w is the plural of a noun WordNet lists.
func (e *Engine) pluralNoun(w string) bool {
	return plural(w) && w != singular(w) && e.canBe(singular(w), "noun")
}

// pluralBackReference reads "they" or "them" in a question part that
// names no one as thing, the plural noun phrase of the part before.
func (e *Engine) pluralBackReference(q *query, p, thing string, history []knowledge.Turn) *query {
	if len(q.subjects) > 0 || thing == "" {
		return q
	}
	f := strings.Fields(p)
	replaced := false
	for i, w := range f {
		if pluralPronouns[strings.ToLower(strings.Trim(w, "?!.,;:"))] {
			f[i] = strings.Replace(w, strings.Trim(w, "?!.,;:"), thing, 1)
			replaced = true
		}
	}
	if !replaced {
		return q
	}
	return e.understand(strings.Join(f, " "), history)
}
