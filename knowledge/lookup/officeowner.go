package lookup

import "storybot/knowledge"

// An office that speaks for its holder (part of stage 4). "The governor's
// office" is no one the article describes: the genitive names the holder
// (Quirk et al. 1985, §5.115-5.116: the genitive as determiner), and an
// office speaks through its staff for the one who holds it, as news
// attribution has it ("a spokesman for Gov. Ellen Roy said the governor
// 'understands the hardship'"; AP Stylebook, "spokesman, spokeswoman").
// So when officeSaid finds no quoted spokesperson, the question asks for
// the holder's words, quoted or carried by a spokesperson, and not for a
// speaker described by the word "office".

// officeOfHolder reports whether the described speaker desc is only the
// staff noun of a genitive ("the governor's office") whose owner the
// question resolved to the person speaker.
func (e *Engine) officeOfHolder(q *query, desc []term, speaker int) bool {
	if speaker < 0 || e.r.ents[speaker].kind != knowledge.Person {
		return false
	}
	for _, t := range desc {
		if !staffNouns[t.lower] {
			return false
		}
	}
	np := speakerTokens(q)
	n := len(np)
	return n >= 2 && staffNouns[np[n-1].lower] && np[n-2].poss
}
