package lookup

import "testing"

// baseBriefing is a short article written for these tests, in no
// question set: compound military ranks before names, one after a role
// and two alone (AP Stylebook, "military titles").
const baseBriefing = `Air base to add tanker squadron

GRAND FORKS, N.D. (AP) — The Air Force will move a squadron of 12 tanker jets to Hollis Air Force Base next year, officials said Friday.

Air Force spokesman Lt. Col. Mark Dunne said about 400 airmen would come with the jets.

Brig. Gen. Lena Ortiz, who commands the base, said housing would be built first.

Rear Adm. Carl Moss said the Navy would not send ships.
`

// TestCompoundRankIsOneTitle checks that a compound rank is dropped whole
// after a role and written out whole when it is the only title.
func TestCompoundRankIsOneTitle(t *testing.T) {
	checkOpenings(t, engineOf(t, baseBriefing), []openingCase{
		{"who is dunne", "Mark Dunne is the Air Force spokesman.", nil, []string{"is the Air Force spokesman Lt."}},
		{"who's moss", "Carl Moss is the rear admiral", nil, []string{"the Rear."}},
		{"who is ortiz", "Lena Ortiz is the brigadier general", nil, nil},
	})
}
