package lookup

import (
	"regexp"
	"strings"
	"sync"
)

// Comparisons (part of stage 2): "how does A compare with B", "compare A
// with B", "A vs B", "A compared with B" and "how much did X grow from
// T1 to T2" ask for two facts side by side. comparisonParts turns such a
// question into one question per side, each completed with the frame the
// question gives the first ("how many converters were … vs found in the
// shed" asks "how many converters were found in the shed" too).

// thisStory stands for a side that points at the story's own subject
// ("how does this compare to …"); the lead answers it.
const thisStory = "\x00this"

// whichTag is a closing "which (one) was bigger" after "A vs B"; the
// comparative is its last word.
const whichTag = `which(?: one| of the two| of them)?(?:'s| is| was| are| were)? (?:bigger|larger|smaller|more|less|fewer|higher|lower|greater|longer|shorter|older|newer|worse|better)`

var (
	compareHowRe  = lazyRE(`^(?:\w+ )??how (?:does|do|did|is|are|was|were) (.+?) (?:compare|stack up|measure up) (?:with|to|against) (.+?)[?.!]*$`)
	compareVerbRe = lazyRE(`^(?:\w+ )??compare (.+?) (?:with|to|against|and) (.+?)[?.!]*$`)
	compareJoinRe = lazyRE(`^(.+?),? (?:compared (?:with|to)|vs\.?|versus) (.+?)[?.!]*$`)
	changeSpanRe  = lazyRE(`^(.+?) from (.+?) to (.+?)[?.!]*$`)
	// compareTagRe is a closing "- how do they compare" after "A vs B",
	// which asks nothing the "vs" has not
	compareTagRe = lazyRE(`\s*[-–—,;:]*\s*(?:how (?:do|does|did) (?:they|it|those|these|the two) (?:compare|stack up|measure up)|` +
		// or a closing "- which was bigger", whose comparative asks which
		// side's figure is the greater: the figures, side by side, answer it
		whichTag + `)\s*[?.!]*$`)
	// statementDashRe is the dash after which a question follows what
	// the asker read or heard
	statementDashRe = lazyRE(`\s+[-–—]+\s+`)
	// wholeTimeRe is timeRe for a whole phrase; compiled on first use,
	// as only comparisons of two times ask it, and it is as large as timeRe
	wholeTimeRe = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(?:` + timeRe.String() + `)$`) })
)

// comparisonParts returns the sides of a comparison as questions, or nil
// when the question compares nothing.
func comparisonParts(text string) []string {
	s := strings.TrimSpace(strings.ToLower(expandChat(text))) // "compared w this one"
	s = afterStatement(s)                                     // "ppl keep saying it went over budget - what was …"
	if t := compareTagRe.ReplaceAllString(s, ""); t != s && compareJoinRe.MatchString(t) {
		s = t // "kickbacks vs the contract - how do they compare"
	}
	if m := compareHowRe.FindStringSubmatch(s); m != nil {
		return []string{side(m[1], ""), side(m[2], "")}
	}
	if m := compareVerbRe.FindStringSubmatch(s); m != nil {
		return []string{side(m[1], ""), side(m[2], "")}
	}
	if m := compareJoinRe.FindStringSubmatch(s); m != nil {
		return []string{side(m[1], ""), side(m[2], m[1])}
	}
	if m := changeSpanRe.FindStringSubmatch(s); m != nil && isTimePhrase(m[2]) && isTimePhrase(m[3]) {
		// "how much did the fire grow from monday evening to tuesday
		// morning": the measure at each time
		return []string{m[1] + " " + m[2], m[1] + " " + m[3]}
	}
	return nil
}

// isTimePhrase reports whether a phrase is a time expression and nothing
// more ("monday evening", "2019").
func isTimePhrase(p string) bool {
	return wholeTimeRe().MatchString(strings.TrimSpace(p))
}

// side completes one side of a comparison as a question. first is the
// first side when this is the second of "A vs B", whose frame B borrows:
// the interrogative and what it asks up to the verb ("how many converters
// were"), and its head noun for "this one".
func side(p, first string) string {
	p = strings.TrimSpace(p)
	w := strings.Fields(p)
	switch {
	case len(w) == 0:
		return p
	case deictic(p) && (first == "" || p == "this" || p == "it"):
		return thisStory
	case whWords[w[0]] || auxiliaries[w[0]] || first == "":
		return p
	}
	if isTimePhrase(p) {
		return atOtherTime(first, p)
	}
	fw := strings.Fields(first)
	frame := questionFrame(fw)
	if deictic(p) && len(fw) > 0 {
		// "how big is the next trial compared with this one": this trial
		return strings.TrimSpace(frame + " this " + fw[len(fw)-1])
	}
	if d, ok := strings.CutSuffix(p, " so far"); ok && deictic(d) && len(fw) > 0 {
		// "this one so far": the adjunct of time stays with the side it ends
		return strings.TrimSpace(frame + " this " + headNoun(fw, frame) + " so far")
	}
	if len(fw) > 0 {
		head := fw[len(fw)-1] // a side without a frame is a noun phrase: its last word
		if frame != "" {
			head = headNoun(fw, frame)
		}
		p = substituteOne(p, head) // "the seatbelt one": the seatbelt recall
	}
	return strings.TrimSpace(frame + " " + p)
}

// atOtherTime is the first side of "A vs B" asked again at the time B
// names, when B is a time and nothing more ("finishers this year vs last
// year"): the second conjunct keeps only what contrasts with the first
// and leaves out what it repeats (Quirk et al., §13.92 on gapping). The
// first side's own time gives way to it.
func atOtherTime(first, when string) string {
	if t := timeRe.FindStringIndex(first); t != nil {
		return strings.Join(strings.Fields(first[:t[0]]+" "+when+" "+first[t[1]:]), " ")
	}
	return strings.TrimSpace(first) + " " + when
}

// deictic reports whether a side only points ("this", "this one", "that
// one", "it").
func deictic(p string) bool {
	switch p {
	case "this", "that", "it", "this one", "that one", "the other one", "the other":
		return true
	}
	return false
}

// questionFrame is the start of a question up to and including its first
// auxiliary ("how many converters were", "how big is"), or without one its
// interrogative phrase ("how many homes", "which hospital"), or "" when it
// does not open with an interrogative.
func questionFrame(w []string) string {
	if len(w) == 0 || !whWords[w[0]] {
		return ""
	}
	for i := 1; i < len(w) && i < 5; i++ {
		if auxiliaries[w[i]] {
			return strings.Join(w[:i+1], " ")
		}
	}
	switch {
	case w[0] == "how" && len(w) > 2 && (w[1] == "many" || w[1] == "much"):
		return strings.Join(w[:3], " ") // the quantifier and the noun it counts
	case (w[0] == "which" || w[0] == "what") && len(w) > 1:
		return strings.Join(w[:2], " ")
	}
	return w[0]
}

// headNoun is the head of the subject of the first side, the noun "this
// one" stands for (Quirk et al., §6.52: the substitute "one" takes the
// head of a noun phrase before it): the last word after the frame's
// auxiliary, before the main verb that follows a "do" or "have"
// auxiliary ("how long did the 2009 strike go": strike).
func headNoun(fw []string, frame string) string {
	rest := fw[len(strings.Fields(frame)):]
	if len(rest) == 0 {
		return fw[len(fw)-1]
	}
	switch fw[len(strings.Fields(frame))-1] {
	case "do", "does", "did", "has", "have", "had":
		if len(rest) >= 2 {
			rest = rest[:len(rest)-1]
		}
	}
	return rest[len(rest)-1]
}

// afterStatement is the question after a dash that follows a statement
// of the asker's own ("ppl keep saying this went way over budget - what
// was it supposed to cost vs what it cost"): the statement sets out what
// the asker heard, and the comparison is the question after it
// (askedClause does the same after a discourse marker). Without such a
// statement the text is returned whole.
func afterStatement(s string) string {
	m := statementDashRe.FindStringIndex(s)
	if m == nil || !isStatement(s[:m[0]]) {
		return s
	}
	if w := strings.Fields(s[m[1]:]); len(w) > 1 && (whWords[w[0]] || auxiliaries[w[0]]) {
		return s[m[1]:]
	}
	return s
}
