package lookup

import "strings"

// properModifiers reads the instances of a common noun that s names by
// proper nouns before it: "Pender County" is a county, and in
// "Brunswick, New Hanover and Pender counties" the plural head is shared
// by coordinated proper premodifiers, one county each (Quirk et al.,
// §13.72: coordinated premodifiers with a plural head stand for as many
// noun phrases, "the British and American governments"). It returns the
// article's words from the first name to the noun, or "" when no proper
// noun premodifies stem in s. A possessive ("Lindgren's counties") owns
// the noun rather than naming it, and a title names a person.
func (e *Engine) properModifiers(s *sentence, stem string) string {
	for i, t := range s.toks {
		if i == 0 || !t.meets(stem) || s.quoted != nil && s.quoted[i] {
			continue
		}
		if strings.Contains(s.text[s.toks[i-1].end:t.start], ",") {
			continue
		}
		if t.cap && i+1 < len(s.toks) && s.toks[i+1].cap && s.toks[i+1].start == t.end+1 {
			continue // "Harlow City School District": the noun modifies the name's head, a district
		}
		if e.premodifiesNoun(s, i) {
			continue // "The Riverton school board": the noun modifies the head, a board (Quirk et al. 1985, §17.108)
		}
		first := e.nameRunBefore(s, i)
		if first < 0 {
			if f := e.coordinatedBeforeCommon(s, i); f >= 0 {
				return s.text[s.toks[f].start:t.end] // "Adams and Monroe elementary schools" (sharedhead.go)
			}
			continue
		}
		if !t.cap && strings.HasSuffix(t.lower, "s") {
			first = e.coordinatedNames(s, first)
		}
		return s.text[s.toks[first].start:t.end]
	}
	return ""
}

// nameRunBefore is the first token of the run of proper nouns, with no
// comma inside it, that ends just before token i of s, or -1 when the
// word before i is none.
func (e *Engine) nameRunBefore(s *sentence, i int) int {
	k := i
	for k > 0 && e.properWord(s, k-1) && !s.toks[k-1].poss &&
		(k == i || !strings.Contains(s.text[s.toks[k-1].end:s.toks[k].start], ",")) {
		k--
	}
	if k == i {
		return -1
	}
	return k
}

// coordinatedNames extends a run of proper nouns starting at token first
// back over the runs coordinated with it ("Brunswick, New Hanover and"),
// and returns the new first token.
func (e *Engine) coordinatedNames(s *sentence, first int) int {
	for first > 1 {
		k := first - 1
		if l := s.toks[k].lower; l == "and" || l == "or" {
			k--
		} else if !strings.Contains(s.text[s.toks[k].end:s.toks[first].start], ",") {
			return first
		}
		if k < 0 || !e.properWord(s, k) {
			return first
		}
		f := e.nameRunBefore(s, k+1)
		if f < 0 {
			return first
		}
		first = f
	}
	return first
}

// properWord reports whether token k of s is a proper noun: written with
// a capital letter and not a title; the first word of a sentence only
// when the article writes it with a capital in mid-sentence too.
func (e *Engine) properWord(s *sentence, k int) bool {
	t := s.toks[k]
	if !t.cap || isTitleWord(t.lower) || stopWords[t.lower] {
		return false
	}
	return k > 0 || e.capitalisedMidSentence(t.text)
}

// capitalisedMidSentence reports whether the article writes word, with
// its capital, after the first word of some sentence.
func (e *Engine) capitalisedMidSentence(word string) bool {
	for i := range e.r.sents {
		for k, t := range e.r.sents[i].toks {
			if k > 0 && t.text == word {
				return true
			}
		}
	}
	return false
}

// premodifiesNoun reports whether the lower-case singular noun at i of s
// stands before another lower-case noun of its phrase, with no
// punctuation between: a noun premodifier, not the head ("school
// board", "school year"), so that it names no thing of its own kind. A
// word after it that can be a verb in -s is taken for the singular
// subject's verb ("the school closes"), as a base form cannot be (Quirk
// et al. 1985, §3.54 on concord).
func (e *Engine) premodifiesNoun(s *sentence, i int) bool {
	t := s.toks[i]
	if t.cap || plural(t.lower) || i+1 >= len(s.toks) || punctuatedBetween(s.text, s.toks, i+1) {
		return false
	}
	n := s.toks[i+1]
	return !n.cap && !stopWords[n.lower] && !prepositions[n.lower] && !strings.HasSuffix(n.lower, "ed") && e.isNoun(n) && (!strings.HasSuffix(n.lower, "s") || !e.canBe(singular(n.lower), "verb"))
}

// storyPremodName is the name the story first gives the thing of head
// by proper premodifiers ("The Sunshine Canyon fire had burned …"),
// with its sentence, when the headline or lead tells of a head: "the
// fire" asked bare is the story's own, and a news story names its own
// event before the background ones it compares it with ("the most
// destructive … since the Marshall fire"; AP Stylebook, "lead"; the
// inverted pyramid puts background last).
func (e *Engine) storyPremodName(head string) (string, *sentence) {
	if !e.leadTells(head) {
		return "", nil
	}
	stem := stemOf(singular(head))
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.part != "" {
			continue
		}
		if name := e.properModifiers(s, stem); name != "" {
			return name, s
		}
	}
	return "", nil
}

// commonHeaded reports whether name ends in a lower-case word: a common
// noun premodified by a proper one ("Oak Ridge fire"), which names an
// instance of the noun's kind, not a body whose name holds the word
// ("Cal Fire").
func commonHeaded(name string) bool {
	f := strings.Fields(name)
	return len(f) > 1 && strings.ToLower(f[len(f)-1]) == f[len(f)-1]
}
