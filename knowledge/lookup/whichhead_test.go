package lookup

import "testing"

// stormChurch is a short article written for this test, in no question
// set: the article calls the one congregation by its head noun ("the
// church"), which a which-question asks the identity of.
const stormChurch = `Storm tears roof off church

TUPELO, Miss. (AP) — A thunderstorm tore the roof off the Calvary Baptist Church on Sunday and damaged a dozen homes nearby.

The Rev. Ann Wells said the church would hold services at a school until repairs are done.
`

func TestWhichHead(t *testing.T) {
	e := engineOf(t, stormChurch)
	checkOpenings(t, e, []openingCase{
		{q: "which church was damaged", first: "Calvary Baptist Church"},
		{q: "what church lost its roof", first: "Calvary Baptist Church"},
	})
}
