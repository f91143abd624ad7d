package lookup

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// Relative times (part of stage 4): "Nine minutes later" counts from the
// time the paragraph last named, and a time that opens its sentence dates
// the whole of it.

// laterRe reads "nine minutes later", "two days earlier": a count, a unit,
// a direction.
var laterRe = lazyRE(`(?i)^(\w+)\s+(minutes|hours|days|weeks|months|years)\s+(later|earlier|after|before)`)

// opensSentence reports whether phrase is the sentence's opening adverbial
// ("Nine minutes later, Amadi was sent off"): placed before the subject
// and set off by a comma, it dates the whole clause, however far its verb.
func opensSentence(s *sentence, phrase string) bool {
	at := strings.Index(s.text, phrase)
	if at < 0 || strings.TrimSpace(s.text[:at]) != "" {
		return false
	}
	return strings.HasPrefix(strings.TrimLeft(s.text[at+len(phrase):], " "), ",")
}

// countFrom resolves a relative time of s that counts minutes from the
// minute a match report last named before it in the paragraph ("in the
// 61st minute … Nine minutes later" is the 70th): the ordinal, or "".
func (e *Engine) countFrom(s *sentence, phrase string) string {
	m := laterRe.FindStringSubmatch(strings.TrimSpace(phrase))
	if m == nil || strings.ToLower(m[2]) != "minutes" {
		return ""
	}
	n, ok := countValue(m[1])
	if !ok {
		return ""
	}
	if l := strings.ToLower(m[3]); l == "earlier" || l == "before" {
		n = -n
	}
	for p := e.previous(e.indexOf(s)); p != nil; p = e.previous(e.indexOf(p)) {
		for i := len(p.times) - 1; i >= 0; i-- {
			w := p.text[p.times[i][0]:p.times[i][1]]
			if o := ordinalRe.FindStringSubmatch(w); o != nil && strings.Contains(strings.ToLower(w), "the ") {
				base, _ := strconv.Atoi(o[1])
				return ordinal(base + n)
			}
		}
	}
	return ""
}

// countValue reads a count in digits or words.
func countValue(w string) (int, bool) {
	if v, err := strconv.Atoi(w); err == nil {
		return v, true
	}
	v, ok := numberWords[strings.ToLower(w)]
	return int(v), ok && v >= 1 && v == float64(int(v))
}

// ordinal writes n as a figure with its ordinal suffix: 70th, 21st.
func ordinal(n int) string {
	suf := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suf = "st"
		case 2:
			suf = "nd"
		case 3:
			suf = "rd"
		}
	}
	return fmt.Sprintf("%d%s", n, suf)
}

// nthOccasion finds, for an alternative such as "okafor's second goal",
// the sentence of the person's Nth occasion: an ordinal before the head
// noun counts the person's occasions in the order of time, so of the
// sentences naming the person at a minute of a match ("in the 14th
// minute", "in the 61st minute"), the Nth by minute. It also returns the
// token naming the person.
func (e *Engine) nthOccasion(o option) (*sentence, []int, bool) {
	n := 0
	for _, t := range tokenize(o.text) {
		if v, ok := ordinalWords[t.lower]; ok {
			n = int(v)
		}
	}
	if n == 0 || len(o.q.subjects) == 0 {
		return nil, nil, false
	}
	x := o.q.subjects[0]
	type occasion struct {
		s   *sentence
		at  []int
		val float64
	}
	var occ []occasion
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if !contains(s.named, x) {
			continue
		}
		at := []int{e.position(s, x)}
		if v, w, ok := e.timeOf(s, at); ok && ordinalRe.MatchString(w) {
			occ = append(occ, occasion{s, at, v})
		}
	}
	if len(occ) < n {
		return nil, nil, false
	}
	sort.SliceStable(occ, func(a, b int) bool { return occ[a].val < occ[b].val })
	return occ[n-1].s, occ[n-1].at, true
}
