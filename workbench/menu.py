"""An admin menu item shown only to users for whom a permission function says yes (every app's menus)."""

from wagtail.admin.menu import MenuItem


class RoleMenuItem(MenuItem):
    def __init__(self, *args, check, **kwargs):
        super().__init__(*args, **kwargs)
        self.check = check

    def is_shown(self, request):
        return self.check(request.user)
