package io.journeymaps.standalone.web;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import org.junit.jupiter.api.Test;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

class FaviconServletTest {
    @Test
    void get_redirectsToTheServedIconInsteadOf404() throws Exception {
        HttpServletResponse response = mock(HttpServletResponse.class);

        new FaviconServlet().doGet(mock(HttpServletRequest.class), response);

        verify(response).sendRedirect("/host/static/favicon.svg");
    }
}
