package lookup

import (
	"strings"
)

// Common-noun places (part of stage 4): a place need not be named. A
// preposition of position with a noun phrase whose head is a building, a
// facility or a location places a thing as well as a name does ("in the
// parking lot of a bowling alley", "at his home"; Quirk et al. §9.17).
// They are read only when no sentence that answers names a place: a name
// is the more exact answer ("at his home in Benson").

// commonPlaceRe is a preposition of position (positionprep.go) and a
// determiner: where a common-noun place may begin. A genitive of a common noun after the
// determiner is a determiner too ("in a neighbor's cornfield", "at the
// family's cabin": the specifying genitive, Quirk et al. §5.115-5.116),
// and the place's head follows it. So is a proper name's genitive after
// "the" or alone ("on the Grantham Country Club's golf course", "in
// Brennan's orchard"): the name specifies the place, whose head is the
// noun after it (Quirk et al. §5.115), and placeSpans leaves such a name
// out.
var commonPlaceRe = lazyRE(`\b(?:` + positionPreps + `)\s+((?:the|a|an|his|her|their|its|our|my|your)\s+(?:[a-z]+['’]s\s+|` + properGenitive + `)?|` + properGenitive + `)`)

// properGenitive is a proper name of up to four words in the genitive,
// which determines the noun after it as "the" does ("Brennan's orchard",
// "the Grantham Country Club's golf course"; Quirk et al. §5.115).
const properGenitive = `(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*(?:['’]s|s['’])\s+`

// lowerWord is a lower-case word and the space after it.
var lowerWord = lazyRE(`^([a-z][a-z-]*)\b\s*`)

// commonPlaces returns the spans of text (as placeSpans gives them) of a
// determined noun phrase of up to four words whose head, its last noun,
// is a WordNet place noun and no time noun ("in the morning" says when),
// nor part of a time (ofTime), with an "of" phrase after the head ("the parking
// lot of a bowling alley").
func (e *Engine) commonPlaces(text string) [][]int {
	if e.noLex {
		return nil
	}
	var out [][]int
	for _, m := range commonPlaceRe.FindAllStringSubmatchIndex(text, -1) {
		end := e.placeHeadEnd(text, m[3])
		if end < 0 {
			continue
		}
		if e.ofTime(text[end:]) {
			continue // "at the end of May": a part of a time, not a place
		}
		if rest := text[end:]; strings.HasPrefix(rest, " of ") {
			if d := commonPlaceRe.FindStringSubmatchIndex("in " + rest[4:]); d != nil && d[0] == 0 {
				if e2 := e.nounEnd(text, end+4+d[3]-3); e2 > 0 {
					end = e2
				}
			}
		}
		out = append(out, []int{m[0], end, m[2], end})
	}
	return out
}

// ofTimeRe is an "of" phrase up to its noun after any determiner
// (submatch 1 is its first word).
var ofTimeRe = lazyRE(`^ of\s+(?:(?:the|a|an|this|that|last|next|its|their)\s+)?([A-Za-z]+)`)

// ofTime reports whether rest opens with an "of" phrase whose noun is a
// month, a weekday, or a WordNet time or event ("of May", "of the night",
// "of the meeting"): the head before it ("end", "middle") is then a part
// of a time.
func (e *Engine) ofTime(rest string) bool {
	m := ofTimeRe.FindStringSubmatchIndex(rest)
	if m == nil {
		return false
	}
	if calendarName(rest[m[2]:m[3]]) {
		return true
	}
	end := e.nounEnd(rest, m[2])
	if end < 0 {
		return false
	}
	words := strings.Fields(rest[m[2]:end])
	w := singular(words[len(words)-1])
	return e.lex.KindOf(w, "time") || e.lex.KindOf(w, "time_period") || e.lex.KindOf(w, "event")
}

// placeHeadEnd is the end of the longest run of up to four lower-case
// words from at whose last word is a place noun, or -1. The last two
// words may name the place together, as a compound WordNet lists as one
// noun ("golf course", "boat ramp": its collocations), where the head
// alone is no place ("course").
func (e *Engine) placeHeadEnd(text string, at int) int {
	best, prev, headless := -1, "", false
	for n := 0; n < 4; n++ {
		w := lowerWord.FindStringSubmatchIndex(text[at:])
		if w == nil {
			break
		}
		head := singular(text[at+w[2] : at+w[3]])
		if stopWords[head] {
			break
		}
		if e.canBe(head, "noun") && e.commonPlaceHead(head) && !e.lex.KindOf(head, "time_period") && !e.lex.KindOf(head, "event") {
			best, headless = at+w[3], false
		} else if prev != "" && e.placeNoun(prev+"_"+head) {
			best, headless = at+w[3], false // "on the club's golf course"
		} else if best >= 0 && !headless {
			headless = e.nounHeadAfterPlace(text, at, w, head)
		}
		prev = head
		at += w[1]
	}
	if headless {
		return -1 // "a corner kick": the place noun premodifies another head (Quirk et al. 1985, §17.104)
	}
	return best
}

// nounHeadAfterPlace reports whether word w of text[at:], written head,
// right after a place noun with only a space between, is a noun that
// heads the phrase instead and names a single act or a group ("corner
// kick", "school board"), which is no place: only a noun, not a time
// ("yesterday") nor a word of another part of speech. A noun WordNet
// also files under activity ("market": commercial activity, and a
// marketplace) is left a place: "farm market".
func (e *Engine) nounHeadAfterPlace(text string, at int, w []int, head string) bool {
	if strings.TrimSpace(text[at:at+w[2]]) != "" {
		return false // a comma or other mark ends the phrase before it
	}
	return e.canBe(head, "noun") && !e.canBe(head, "adv") && !e.canBe(head, "adj") && !timeDeictics[head] && !e.lex.KindOf(head, "time_period") &&
		(e.lex.KindOf(head, "act") && !e.lex.KindOf(head, "activity") || e.lex.KindOf(head, "social_group")) && !e.commonPlaceHead(head)
}

// nounEnd is the end of the longest run of up to three lower-case words
// from at whose last word is a noun, or -1.
func (e *Engine) nounEnd(text string, at int) int {
	best := -1
	for n := 0; n < 3; n++ {
		w := lowerWord.FindStringSubmatchIndex(text[at:])
		if w == nil || stopWords[text[at+w[2]:at+w[3]]] {
			break
		}
		if e.canBe(text[at+w[2]:at+w[3]], "noun") {
			best = at + w[3]
		}
		at += w[1]
	}
	return best
}

// withCommonNoun extends each named place after "on", "in" or "at" back
// over the common-noun place it postmodifies ("a bowling alley on Route
// 9": the prepositional phrase is part of the noun phrase, Quirk et al.
// §17.37), so the answer is the whole place ("in the parking lot of a
// bowling alley on Route 9").
func (e *Engine) withCommonNoun(text string, named [][]int) [][]int {
	common := e.commonPlaces(text)
	for k, sp := range named {
		for _, c := range chainOrder(common) { // "in a garage behind a house in Kettering" (placechain.go)
			if c[1]+1 == named[k][0] && text[c[1]:named[k][0]] == " " && !strings.HasPrefix(text[sp[0]:], "from") {
				named[k] = []int{c[0], sp[1], c[2], sp[3]}
			}
		}
	}
	return named
}

// closeAppositionRe is a name of up to five capitalised words right after
// a noun, with one space between.
var closeAppositionRe = lazyRE(`^ ([A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,4})`)

// closeAppositionEnd extends a common-noun place ending at end over the
// name right after its head: "in the journal JAMA Neurology", "at the
// restaurant Chez Panisse". The noun and the name are in close
// apposition, one noun phrase whose name identifies what the noun
// classifies (Quirk et al. 1985, ch. 17 on close apposition), so the name is the
// place's own. A day or a month after the noun ("at the plant Monday")
// is an adjunct of time, no name of the place.
func closeAppositionEnd(text string, end int) int {
	m := closeAppositionRe.FindStringSubmatchIndex(text[end:])
	if m == nil {
		return end
	}
	name := strings.TrimRight(text[end+m[2]:end+m[3]], ".") // a sentence's full stop, not an abbreviation's own
	first, _, _ := strings.Cut(name, " ")
	t := token{text: first, lower: strings.ToLower(first), cap: true}
	if monthWord(t) || isWeekday(t) || stopWords[t.lower] {
		return end
	}
	return end + m[2] + len(name)
}
