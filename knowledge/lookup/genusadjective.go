package lookup

import "strings"

// An adjective defined by the asked word (part of stage 4, yes/no, with
// otherwords.go): "are battery blowers still allowed" when the article
// says "battery blowers remain legal". WordNet orders nouns and verbs by
// hypernymy, but adjectives only by antonymy and similarity (Gross and
// Miller, in Fellbaum, "WordNet", 1998, ch. 2), so what an adjective
// entails is stated in its definition alone. A definition names its
// genus first, then what sets the word apart (Landau, "Dictionaries",
// 2001, ch. 4): WordNet 3.0 defines legal as "allowed by official rules",
// mandatory as "required by rule", fraudulent as "intended to deceive".
// An adjective whose definition, in one of its senses, opens with the
// asked word as a passive participle with its agent states a kind of it,
// as a narrower word does: it holds the question's word for a yes, never
// for a no.

// adjectiveGenusAt returns the tokens of s, outside quotations, that are
// adjectives whose WordNet definition in one of their senses opens with a
// form of t's word ("legal": "allowed by official rules").
func (e *Engine) adjectiveGenusAt(s *sentence, t term) []int {
	if e.noLex || t.phrasal || len(t.lower) < 3 || stopWords[t.lower] || lightVerbs[t.lower] || copularVerbs[t.lower] || glossClassWords[t.lower] {
		return nil
	}
	var out []int
	for k, tok := range s.toks {
		if s.quoted[k] || tok.cap || stopWords[tok.lower] || len(tok.lower) < 3 {
			continue
		}
		for _, g := range e.lex.Glosses(tok.lower, "adj") {
			if e.opensWith(g, t) {
				out = append(out, k)
				break
			}
		}
	}
	return out
}

// opensWith reports whether definition g, less a parenthesized opening
// that says what it applies to ("(of persons) …"), opens with a form of
// t's word as a passive participle with its agent ("allowed by official
// rules", "required by rule", "prohibited by law"). Only the passive
// with "by" is read as the genus: other openers frame many definitions
// without naming a kind ("free from danger", "marked by", "lacking",
// "used of", "relating to").
func (e *Engine) opensWith(g string, t term) bool {
	g = strings.TrimSpace(parenthesized.ReplaceAllString(g, " "))
	first, rest, _ := strings.Cut(g, " ")
	first = strings.ToLower(strings.Trim(first, ",;:"))
	if first == "" || stopWords[first] || !strings.HasPrefix(rest, "by ") {
		return false
	}
	if b := e.lex.Lemma(first); b != "" {
		first = b
	}
	return first == t.lower || stemsMeet(stemOf(first), t.stem)
}
