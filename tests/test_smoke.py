from pyjsvm.intrinsics.realm import Realm


def test_realm_has_object_prototype() -> None:
    r = Realm()
    assert r.intrinsics["%Object.prototype%"] is r.object_prototype
