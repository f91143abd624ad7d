package lookup

import (
	"strings"
)

// WordNet 3.0 defines many nouns for people by what they do, in a
// relative clause after a broader noun: runner-up is "the competitor who
// finishes second", a bystander "a nonparticipant who is present", a
// whistleblower "an informant who exposes wrongdoing". A reporter writes
// the act ("Tesfaye Alemu finished second") and a reader asks by the noun
// ("who was runner up"). The definition's act stands for the noun when
// the article writes its words together, as it stands for a multi-word
// synonym: word for word, in their inflections.

// agentGloss matches a definition of the form "a|an|the|one [modifier]
// NOUN who|that CLAUSE" and captures the clause.
var agentGloss = lazyRE(`^(?:a|an|the|one) (?:[a-z-]+ )?[a-z-]+ (?:who|that) ([a-z ,-]+)`)

// agentGlossPhrasesKnown returns, for a noun the article never uses, the
// opening content words of the relative clauses WordNet defines it by
// ("finishes second"), as stem sequences the article writes word for
// word. A clause's words run to its first function word or comma, and
// two at least are needed: one verb alone ("founds or establishes") says
// less than the noun. The answer is kept (shared: not to be changed).
func (e *Engine) agentGlossPhrasesKnown(w string) [][]string {
	return e.defined.get(w, e.findAgentGlossPhrases)
}

// findAgentGlossPhrases is agentGlossPhrasesKnown without the cache.
func (e *Engine) findAgentGlossPhrases(w string) [][]string {
	if e.noLex || stopWords[w] {
		return nil
	}
	var out [][]string
	for _, g := range e.lex.Glosses(w, "noun") {
		m := agentGloss.FindStringSubmatch(g)
		if m == nil {
			continue
		}
		var seq []string
		for _, x := range strings.Fields(m[1]) {
			word, comma := strings.CutSuffix(x, ",")
			if stopWords[word] {
				break
			}
			seq = append(seq, stemOf(word))
			if comma {
				break
			}
		}
		if len(seq) >= 2 && e.writesPhrase(seq) {
			out = append(out, seq)
		}
	}
	return out
}
