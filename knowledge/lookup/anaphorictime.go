package lookup

// anaphoricTimeRe is a time expression that counts from the time the
// story last named rather than from the day of writing: "the following
// week", "the next day", "later that day", "three days later", "earlier
// that morning" (but not the deictic "next week", which counts from
// the day of writing). Such phrases are anaphoric (Quirk et al. 1985, §8.57 and
// §19.41: "the next day", "later" take their point of reference from the
// narrative, where "tomorrow", "ago" take it from the moment of speaking).
var anaphoricTimeRe = lazyRE(`(?i)^(?:the\s+(?:following|next)\s+(?:day|morning|afternoon|evening|night|week|month|year|season)` +
	`|(later|earlier)\s+(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night|week|month|year)` +
	`|(?:\w+|\d+)\s+(?:minutes|hours|days|weeks|months|years)\s+(later|earlier))$`)

// anaphoricSign is +1 for an anaphoric time after its point of reference,
// -1 for one before it ("earlier that day"), 0 for none.
func anaphoricSign(phrase string) int {
	m := anaphoricTimeRe.FindStringSubmatch(phrase)
	if m == nil {
		return 0
	}
	if m[1] == "earlier" || m[2] == "earlier" || m[1] == "Earlier" || m[2] == "Earlier" {
		return -1
	}
	return 1
}

// anaphoricOrder places two alternatives when one is dated only by an
// anaphoric time ("Blue Heron cut its schedule the following week") and
// the other by the time that phrase counts from: the time last named
// before it in its paragraph, as a news paragraph keeps the time it last
// named (datedBy). The anaphoric one is later, or earlier for "earlier
// that day". false when neither phrase is anaphoric or its point of
// reference dates some other sentence than the other alternative's.
func (e *Engine) anaphoricOrder(used []*sentence, whens []string) ([]float64, []string, []*sentence, bool) {
	if len(used) != 2 || used[0] == used[1] {
		return nil, nil, nil, false
	}
	for i := range used {
		sign := anaphoricSign(whens[i])
		if sign == 0 || anaphoricSign(whens[1-i]) != 0 {
			continue
		}
		prev := e.previous(e.indexOf(used[i]))
		if prev == nil || e.datedBy(e.indexOf(prev)) != used[1-i] {
			continue
		}
		vals := make([]float64, 2)
		vals[i] = float64(sign)
		return vals, whens, used, true
	}
	return nil, nil, nil, false
}
