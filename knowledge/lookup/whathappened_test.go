package lookup

import "testing"

// TestBareWhatHappenedIsTheLead checks that "what happened", with nothing
// else named, is answered by the lead, which tells a news story's main
// event first; "what happened on Thursday" still finds its own sentence.
func TestBareWhatHappenedIsTheLead(t *testing.T) {
	e := engineOf(t, "Grain bin collapse injures two\n\nMARSHALL, Minn. (AP) — A grain bin collapsed at a farm co-op near Marshall on Tuesday, injuring two workers, the sheriff said.\n\nBoth were taken to Avera Marshall Regional Medical Center.\n\nInspectors visited the site on Thursday.\n")
	checkOpenings(t, e, []openingCase{
		{"what happened", "MARSHALL, Minn. (AP) — A grain bin collapsed", nil, nil},
		{"so what happened here?", "MARSHALL, Minn. (AP) — A grain bin collapsed", nil, nil},
		{"what happened on thursday", "Thursday", []string{"Inspectors visited"}, nil},
	})
}
