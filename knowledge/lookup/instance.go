package lookup

import (
	"regexp"
	"strings"
)

// Instances as answers (part of stage 4): "name a prairie mills cereal",
// "give me an example of a station" ask for a thing the article names that
// is one of the kind asked: a proper name written before the kind's noun
// ("Harvest Crunch cereal") or listed after it ("stations such as Union
// Station, Cary and Garner"), the two ways English names members of a kind
// (Quirk et al., §17.76, appositive and premodifying proper nouns).

// instanceCue asks for an instance of a kind.
var instanceCue = regexp.MustCompile(`^ ?(?:(?:can you|pls|please) )?(?:name|give me|list) (?:a|an|one|some|any|the) |\b(?:an )?examples? of (?:a |an )?`)

// instanceListRe finds the capitalised items after "such as", "including"
// or "like".
var instanceListRe = regexp.MustCompile(`^,?\s*(?:such as|including|like)\s+(` + properItem + `(?:(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)` + properItem + `)*)`)

// properItem is a proper name: capitalised words, numbers after the first
// ("Route 9").
const properItem = `[A-Z][\w'’.-]*(?:\s+[A-Z0-9][\w'’.-]*)*`

// instance answers with the names the article gives things of the kind
// asked, in a sentence that also names the question's subjects.
func (e *Engine) instance(q *query) (reply, bool) {
	kind := q.focus
	if len(kind) == 0 {
		return reply{}, false
	}
	noun := kind[len(kind)-1]
	for _, c := range e.rank(q, nil) {
		s := &e.r.sents[c.s]
		if c.subjects < len(q.subjects) {
			continue
		}
		if names := namesOfKind(s, noun); len(names) > 0 {
			return reply{found: true, head: joinNames(names) + ".", used: []*sentence{s}}, true
		}
	}
	return reply{}, false
}

// namesOfKind returns the proper names s gives things of the kind noun (a
// stem): capitalised words right before it, or listed after it.
func namesOfKind(s *sentence, noun string) []string {
	var out []string
	for i, t := range s.toks {
		if t.cap || !t.meets(noun) {
			continue
		}
		j := i
		for j > 0 && s.toks[j-1].cap && !s.toks[j-1].poss && s.toks[j-1].end >= s.toks[j].start-1 {
			j--
		}
		if j < i && !sentenceStart(s, j) {
			out = append(out, s.text[s.toks[j].start:s.toks[i-1].end])
			continue
		}
		if m := instanceListRe.FindStringSubmatch(s.text[t.end:]); m != nil {
			for _, it := range splitList(m[1]) {
				out = append(out, strings.TrimSpace(it))
			}
		}
	}
	return out
}

// sentenceStart reports whether token i opens its sentence or the text
// after a dateline's dash, where every word is capitalised.
func sentenceStart(s *sentence, i int) bool {
	if i == 0 {
		return true
	}
	between := s.text[s.toks[i-1].end:s.toks[i].start]
	return strings.ContainsAny(between, "—–\"“")
}
