package lookup

import "testing"

// ranchCattle is a short article written for this test, in no question
// set: livestock counted by the unit noun "head".
const ranchCattle = `Barn fire kills 60 head of cattle in Iowa

ORANGE CITY, Iowa (AP) — A fire destroyed a dairy barn north of this northwest Iowa town early Monday, killing 60 head of cattle, Sioux County Sheriff Dale Vos said.

Firefighters from three towns fought the blaze for four hours. The farm's owner, Gerrit Kooi, 57, said the barn was built in 1978 and held 85 cows. No people were hurt.
`

func TestHeadCountsTheAnimalsOfItsPhrase(t *testing.T) {
	checkOpenings(t, engineOf(t, ranchCattle), []openingCase{
		// "60 head of cattle" counts cattle
		{"how many cattle died", "60 head of cattle", nil, nil},
		{"how many cattle were killed", "60 head of cattle", nil, nil},
	})
}
