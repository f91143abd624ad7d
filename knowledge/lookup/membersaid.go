package lookup

// A body speaks through its members (part of stage 4, the described
// speakers of speech.go). News writing attributes a group's position to
// its people in the plural, the body's noun premodifying a plural person
// noun ("Union leaders said the fine was overdue", "company officials
// said": Quirk et al. 1985, §17.108, a noun premodifier naming what the
// head belongs to), and bears that summary out with a quotation from one
// of them introduced right after (AP Stylebook, "quotations in the
// news"). So "what did the union say", asked of the body in the
// singular, is answered by that summary and the member's quotations
// (memberQuoted), as a question asking for quotes already is.

// membersSaid returns those of used that attribute their words to plural
// people whom the described speaker's last word premodifies: "union"
// before "leaders said". Only these summarise a group whose member a
// following quotation may be; "the city said" names the body itself, and
// the next person quoted need not belong to it.
func (e *Engine) membersSaid(used []*sentence, desc []term) []*sentence {
	if len(desc) == 0 {
		return nil
	}
	body := desc[len(desc)-1]
	var out []*sentence
	for _, s := range used {
		for v := 2; v < len(s.toks); v++ {
			if s.quoted[v] || !reportingVerbs[s.toks[v].lower] && !speechVerbs[s.toks[v].lower] {
				continue
			}
			head := s.toks[v-1].lower
			if one := singular(head); one != head && e.personNoun(one) && s.toks[v-2].meets(body.stem) {
				out = append(out, s)
				break
			}
		}
	}
	return out
}
