package lookup

import "strings"

// A material noun premodifying a thing's noun (part of stage 4, a thing
// as an answer): English names what a thing is made of by a noun set
// before its head ("a copper time capsule", "a granite marker": the
// premodifying noun of material, Quirk et al. 1985, §17.108, "a gold
// watch" = a watch made of gold), so "what's it made of" is answered by
// that noun when no build verb tells the material. The premodifier is a
// material when WordNet files it under "material" or "metal", and not
// under "fluid" ("a water bottle" is not made of water). "It" asks of
// the story's subject, the noun phrase opening the lead (AP Stylebook,
// "lead": the lead names what the story is about).

// madeOfPronouns are the pronouns a made-of question may ask by.
var madeOfPronouns = set("it", "this", "that", "they", "these", "those", "one")

// materialPremodified answers "what is X made of" by the material noun
// before X's head noun, or before the head of the lead's opening noun
// phrase when X is a pronoun.
func (e *Engine) materialPremodified(thing string) (reply, bool) {
	words := strings.Fields(thing)
	if e.noLex || len(words) == 0 {
		return reply{}, false
	}
	head := words[len(words)-1]
	if madeOfPronouns[head] {
		for _, s := range []*sentence{e.titleSentence(), e.leadSentence()} {
			if s == nil {
				continue
			}
			if j := e.openingMaterial(s); j >= 0 {
				return reply{found: true, head: capitalise(s.toks[j].text) + ".", used: []*sentence{s}}, true
			}
		}
		return reply{}, false
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for k, t := range s.toks {
			if t.cap || singular(t.lower) != singular(head) {
				continue
			}
			if j := e.materialBefore(s, k); j >= 0 {
				return reply{found: true, head: capitalise(s.toks[j].text) + ".", used: []*sentence{s}}, true
			}
		}
	}
	return reply{}, false
}

// materialBefore is the index of a material noun among the up to three
// lower-case premodifiers before head noun k of s; -1 when none is.
func (e *Engine) materialBefore(s *sentence, k int) int {
	for j := k - 1; j >= 0 && j >= k-3 && spaceBetween(s, j, j+1); j-- {
		w := s.toks[j].lower
		if s.toks[j].cap && j > 0 || stopWords[w] || isNumeric(s.toks[j]) {
			return -1
		}
		if e.materialNoun(w) {
			return j
		}
	}
	return -1
}

// openingMaterial is the index of a material noun premodifying the head
// of the noun phrase that opens s after its dateline ("A copper time
// capsule sealed …"); -1 when there is none.
func (e *Engine) openingMaterial(s *sentence) int {
	d := 0
	if at := strings.Index(s.text, "— "); at >= 0 {
		for d < len(s.toks) && s.toks[d].start < at {
			d++
		}
	}
	if d >= len(s.toks) || !determiners[s.toks[d].lower] {
		return -1
	}
	for j := d + 1; j+1 < len(s.toks) && j <= d+3 && spaceBetween(s, j, j+1); j++ {
		w := s.toks[j].lower
		if s.toks[j].cap || stopWords[w] || !e.canBe(s.toks[j+1].lower, "noun") || s.toks[j+1].cap {
			return -1
		}
		if e.materialNoun(w) {
			return j
		}
	}
	return -1
}

// materialNoun reports whether WordNet files noun w as a material or a
// metal, and not as a fluid; an -ing noun premodifies by purpose ("a
// packing strap" is for packing, Quirk et al. 1985, §17.108).
func (e *Engine) materialNoun(w string) bool {
	return !strings.HasSuffix(w, "ing") && e.canBe(w, "noun") && (e.lex.KindOf(w, "material") || e.lex.KindOf(w, "metal")) && !e.lex.KindOf(w, "fluid")
}

// titleSentence is the article's title as a sentence, or nil.
func (e *Engine) titleSentence() *sentence {
	for i := range e.r.sents {
		if e.r.sents[i].part == "title" {
			return &e.r.sents[i]
		}
	}
	return nil
}
