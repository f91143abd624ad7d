package lookup

import "testing"

// owlChick is a short article written for this test, in no question set:
// a name that "will be revealed" on a day, and a keeper who "heard" the
// chick on another.
const owlChick = `Aviary hatches snowy owl chick

LAKETON, Minn. (AP) — A snowy owl chick hatched at the Laketon Aviary on Sunday, the first in its 40 years.

Keeper Rosa Vint said she heard the chick calling on Saturday night. The public picked its name in an online poll, and the name will be revealed on Nov. 20.
`

// The public's "find out" meets the article's "revealed"; a named
// hearer keeps her own verb.
func TestPublicHearerMeetsTheAnnouncement(t *testing.T) {
	e := engineOf(t, owlChick)
	checkOpenings(t, e, []openingCase{
		{"when do we find out the chick's name", "On Nov. 20", nil, nil},
		{"when did vint hear the chick", "On Saturday", nil, nil},
	})
	q := e.understand("when did vint find out", nil)
	for _, tm := range e.withAnnouncingVerbs(q, []term{{lower: "find out"}}) {
		if len(tm.alts) > 0 {
			t.Errorf("a named hearer's find out met %v", tm.alts)
		}
	}
}
