package lookup

import (
	"strings"
)

// The place of the asked verb's own clause (part of stage 4,
// where-questions). "Where" asks for the space adjunct of the clause
// whose verb the question names (Quirk et al. 1985, §8.41-8.50 on space
// adjuncts: position "in/at/on/near/behind X"), and a space adjunct
// modifies the verb of the clause it stands in, after it in end position
// (§8.45), as a time adjunct does (clausetime.go). So "where did deputies
// spot it" of "Deputies spotted it along Route 46, and a driver later saw
// it in a ditch" is answered by the place right after "spotted", common
// noun or proper, not by the place nearest some other word of the
// question, nor by a name in another clause, nor by the dateline, which
// says where the story was reported (AP Stylebook, "datelines") and
// answers only a where-question with no narrower verb.

// verbPlace is the place phrase of s that first follows the
// where-question's own verb, used as a verb, within its clause: no comma
// or semicolon and at most four words between ("was caught Tuesday in a
// church parking lot", "found the bag on Monday inside a locker"), or
// only a chain of prepositional phrases (adjunctChain). The phrase is a
// named place (namedPlaces, relativeNamed), a common-noun place
// (commonPlaces) or a verb's spatial adjunct (spatialAdjuncts). ok is
// false when the question has no such verb, or no place the question
// does not already name so follows it.
func (e *Engine) verbPlace(q *query, s *sentence) (string, bool) {
	v, ok := e.askedWhVerb(q, "where", true)
	if !ok || e.noLex {
		return "", false
	}
	named := append(e.personsDropped(q, s.text, sourceOnly(q, s.text, e.namedPlaces(s.text))), relativeNamed(s.text)...)
	spans := append(append(named, e.commonPlaces(s.text)...), e.spatialAdjuncts(s.text)...)
	for k, tok := range s.toks {
		if !v.matches(tok) || !usesAsVerb(s, []int{k}, v) || e.determinedAt(s, k) {
			continue
		}
		if best := e.firstAdjunct(q, s, tok.end, spans); best != nil {
			if b := bearingAfter(s.text, best[3], named); b != "" {
				return b, true // "in a pasture about 4 miles southwest of Meriden" (measuredbearing.go)
			}
			end := chainedName(s.text, closeAppositionEnd(s.text, e.nounsAfter(s.text, prepTrimmed(s.text, best[2], best[3]))), named) // "in the journal JAMA Neurology" (commonplace.go)
			end = ofNameEnd(s.text, best[0], end)                                                                                      // "on the slopes of Volcán Barú" (ofnameplace.go)
			ph := strings.TrimRight(s.text[best[0]:end], ",")
			if end > best[3] && e.eventHead(ph) {
				continue // "arrest suspect in Dayton shooting": the name premodifies an event, no place
			}
			return e.withPlaceList(s, ph, best[0]+len(ph)), true // "in Verren, Alder Falls and Mosby" (placelist.go)
		}
	}
	return "", false
}

// firstAdjunct is the span of spans that first follows byte offset from
// in s within its clause (the longest of those that start there), whose
// place the question does not already name, or nil.
func (e *Engine) firstAdjunct(q *query, s *sentence, from int, spans [][]int) []int {
	var best []int
	for _, sp := range spans {
		if sp[0] < from || best != nil && (sp[0] > best[0] || sp[0] == best[0] && sp[3] <= best[3]) {
			continue
		}
		gap := s.text[from:sp[0]]
		if (strings.ContainsAny(gap, ",;:—") || len(strings.Fields(gap)) > 4) && !e.adjunctChain(s, from, sp[0]) {
			continue
		}
		if e.inQuestion(q, strings.TrimRight(s.text[sp[2]:sp[3]], ",")) || e.comparisonDomain(s, sp[2]) {
			continue
		}
		best = sp
	}
	return best
}

// chainedName extends a place ending at end over a named place right
// after it, which postmodifies it ("inside a storage unit in Nashua":
// Quirk et al. §17.37), as withCommonNoun does for common-noun places.
func chainedName(text string, end int, named [][]int) int {
	for _, sp := range named {
		if sp[0] == end+1 && text[end:sp[0]] == " " && !strings.HasPrefix(text[sp[0]:], "from") {
			return sp[3]
		}
	}
	return end
}

// bearingAfter is the measured bearing from a named place that follows a
// place ending at end ("in a cattle pasture about 4 miles southwest of
// Meriden"), or "": it places the common noun's thing by a name, the more
// exact answer (commonplace.go), and its measure is part of it
// (measuredbearing.go).
func bearingAfter(text string, end int, named [][]int) string {
	for _, sp := range named {
		if start := measuredBearingStart(text, sp[0]); start == end+1 && start < sp[0] && text[end:start] == " " {
			return strings.TrimRight(text[start:sp[3]], ",")
		}
	}
	return ""
}

// relativeNamedRe is placeRe with the prepositions of relative position
// and passage instead ("along State Road 9", "behind St. Mary's Church";
// Quirk et al. §9.17-9.27), which place a thing only in space; placeRe
// leaves them out, as some also take a person ("behind Ruiz" in a race),
// but right after the asked verb they are its space adjunct.
var relativeNamedRe = lazyRE(strings.Replace(placeRe.String(), `\b(?:in|at|on|near|outside|from|`, `\b(?:along|inside|behind|beside|across|beneath|underneath|atop|`, 1))

// relativeNamed are the spans relativeNamedRe finds in text, leaving out
// a name in the genitive and a month or weekday, as placeSpans does.
func relativeNamed(text string) [][]int {
	var out [][]int
	for _, sp := range relativeNamedRe.FindAllStringSubmatchIndex(text, -1) {
		name := strings.TrimRight(text[sp[2]:sp[3]], ",")
		if strings.HasSuffix(name, "'s") || strings.HasSuffix(name, "’s") || calendarName(name) {
			continue
		}
		out = append(out, sp)
	}
	return out
}

// spatialAdjunctRe is a preposition of position or passage
// (positionPreps) and a determiner, as commonPlaceRe has it.
var spatialAdjunctRe = commonPlaceRe

// spatialAdjuncts are the determined noun phrases of up to three words
// after a preposition of position in text whose head is a concrete thing
// or place: WordNet files it under physical entity or as a place noun
// ("under a pecan tree", "in a safe deposit box"), and not as a time or
// an event ("in the morning"). After "in", "at", "on" and the like a
// thing is placed by any such object as well as by a building; an
// abstract head ("in a statement", "under the agreement") is no place.
func (e *Engine) spatialAdjuncts(text string) [][]int {
	var out [][]int
	for _, m := range spatialAdjunctRe.FindAllStringSubmatchIndex(text, -1) {
		end := e.headEnd(text, m[3])
		if end < 0 || e.ofTime(text[end:]) {
			continue
		}
		end = e.coordinateAdjectivesEnd(text, m[3], end)
		words := strings.Fields(text[m[3]:end])
		head := singular(words[len(words)-1])
		if e.lex.KindOf(head, "time_period") || e.lex.KindOf(head, "event") || !e.lex.KindOf(head, "physical_entity") && !e.placeNoun(head) {
			continue
		}
		out = append(out, []int{m[0], end, m[2], end})
	}
	return out
}

// coordinateAdjectivesEnd is the end of the noun phrase that opens at
// byte at of text and whose first run of words ends at end: when that
// run is one word that can be an adjective and a comma and more lower-case
// words follow, the comma joins coordinate adjectives ("on a cool,
// windless morning"; Quirk et al. 1985, §7.21, adjectives in
// coordination before one head), and the phrase runs on to the head after
// them; else end.
func (e *Engine) coordinateAdjectivesEnd(text string, at, end int) int {
	if strings.Contains(strings.TrimSpace(text[at:end]), " ") || !e.canBe(strings.TrimSpace(text[at:end]), "adj") || !strings.HasPrefix(text[end:], ", ") {
		return end
	}
	if next := e.headEnd(text, end+2); next > 0 {
		return next
	}
	return end
}

// clausePlace answers from candidate c, when it holds the whole question,
// with its verbPlace; a source whose goal s also names gives way to the
// goal (movedGoal). skip is true when the place asked is that goal, which
// the question already names: c then gives no answer.
func (e *Engine) clausePlace(q *query, c candidate) (r reply, ok, skip bool) {
	if c.coverage < 0.5 {
		return reply{}, false, false
	}
	s := &e.r.sents[c.s]
	ph, ok := e.verbPlace(q, s)
	if !ok {
		return reply{}, false, false
	}
	if goal, moved := e.movedGoal(q, s, ph); moved {
		if goal == "" {
			return reply{}, false, true
		}
		return placeReply(goal, s), true, false
	}
	return placeReply(ph, s), true, false
}

// determinedAt reports whether token k of s is the head of a noun phrase
// its determiner opens, with up to two adjectives between ("made an
// emergency landing"): a word after a determiner is a noun (Quirk et al.
// §5.10), not the verb of the clause. A word WordNet has only as a noun
// ends the noun phrase before it ("the dog sleeping").
func (e *Engine) determinedAt(s *sentence, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		w := s.toks[j].lower
		if determiners[w] && !relativeWords[w] || possessiveDeterminers[w] || s.toks[j].poss {
			return true
		}
		if !e.canBe(w, "adj") || !spaced(s, j, j+1) {
			return false
		}
	}
	return false
}

// headEnd is the end of the longest run of up to four lower-case words
// from at, before any preposition, determiner or function word, whose
// last word is a noun, or -1: the head of a noun phrase is its last noun,
// the nouns before it premodifiers (Quirk et al. §17.104: "a farm market"
// is a market), so a place noun followed by another noun is no head.
func (e *Engine) headEnd(text string, at int) int {
	best := -1
	for n := 0; n < 4; n++ {
		w := lowerWord.FindStringSubmatchIndex(text[at:])
		if w == nil {
			break
		}
		word := text[at+w[2] : at+w[3]]
		if stopWords[word] || prepositions[word] || spatialPreps[word] || determiners[word] {
			break
		}
		if e.canBe(word, "noun") {
			best = at + w[3]
		}
		at += w[1]
	}
	return best
}

// spatialPreps are the words of positionPreps, which end a noun phrase.
var spatialPreps = set(strings.Split(positionPreps, "|")...)

// nounsAfter extends a place phrase ending at end over the nouns right
// after it ("at a farm market": the noun "farm" premodifies the head,
// Quirk et al. §17.104), to the end of the last.
func (e *Engine) nounsAfter(text string, end int) int {
	if end >= len(text) || text[end] != ' ' {
		return end
	}
	if e2 := e.headEnd(text, end+1); e2 > 0 {
		return e2
	}
	return end
}

// prepTrimmed cuts a preposition of position that ends the phrase from
// start to end ("in a hay barn outside" of "… outside Hollis", where
// WordNet also has "outside" as a noun): it opens the next phrase.
func prepTrimmed(text string, start, end int) int {
	if sp := strings.LastIndexByte(text[start:end], ' '); sp > 0 && spatialPreps[text[start+sp+1:end]] {
		return start + sp
	}
	return end
}

// eventHead reports whether phrase ph ends in a noun WordNet files under
// act or event and under no place or artifact: a name before it premodifies the event
// ("in Dayton shooting", "in the Lakeland fire": in connection with it;
// Quirk et al. 1985, §17.108 on proper nouns as premodifiers), so the
// phrase names no place.
func (e *Engine) eventHead(ph string) bool {
	f := strings.Fields(ph)
	if len(f) == 0 {
		return false
	}
	w := strings.ToLower(strings.TrimRight(f[len(f)-1], ".,"))
	w = singular(w)
	if !e.canBe(w, "noun") || e.placeNoun(w) || e.lex.KindOf(w, "artifact") {
		return false // "near the Round Rock exit": an exit is also a made thing, a place to be
	}
	return e.lex.KindOf(w, "act") || e.lex.KindOf(w, "event")
}
